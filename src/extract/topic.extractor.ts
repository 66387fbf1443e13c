// Topics: objects of discussion verbs ("discussed A, B and C"), split into one short phrase per subject.

// Verbs and nouns of discussion whose object is the list of subjects.
const TRIGGER =
  /\b(?:discussed|discussing|discuss|discussions? (?:on|of|about)|(?:talks|consultations|dialogue) on|exchanged (?:views|opinions|ideas) (?:on|about)|(?:spoke|talked) about|topics (?:covered )?included|on (?:issues|topics|areas) such as|issues (?:including|such as)|(?:the (?:two )?(?:leaders|sides|ministers) )?addressed|(?:reaffirmed|reiterated|underscored) (?:their|our|his|her|its|the) (?:\w+ ){0,2}?commitment to|(?:underscored|stressed|emphasi[sz]ed|highlighted|noted) the (?:importance of|need (?:to|for))|(?:focused|centered|centred) on|(?:spoke|speaks|talked|met|meeting|call|conversation)\b[^.;]{0,140}?\babout|raised concerns? (?:about|over|regarding)|expressed (?:\w+ )?concerns? (?:about|over|regarding)|condemned)\s+/g;
// A period ends the span unless it closes an initial ("U.S.").
const END =
  /[;:!?"]|(?<!\b[A-Z])\.(?=\s|$)|\b(?:and (?:discussed|condemned|reaffirmed|agreed|emphasi[sz]ed|expressed|underscored|reiterated|stressed|welcomed|highlighted|noted|committed|exchanged|addressed|raised|talked|spoke)|according to|because|so that|so as to|in order to|which|who|where|while|whereas|amid|as well as how|, among other|among other)\b/;
const LEAD =
  /^(?:the |a |an |our |their |its |his |her |both |how to |ways to |ways for |efforts to |opportunities to |issues of |issues related to |the issues of |the importance of |importance of |the need to |the need for |the significance of |recent |ongoing |continued |further |key |(?:strengthening|promoting|maintaining|advancing|enhancing|deepening|expanding|ensuring|supporting|upholding|preserving|achieving|cooperating on|cooperating to address|working together to|working to) |(?:restore|bolster|enhance|strengthen|prioritize|promote|increase|encourage|advance|deepen|expand|tackle|address|ensure) )+/i;
// Umbrella phrases that announce a list rather than name a subject.
const UMBRELLA =
  /\b(?:range of|areas? of (?:potential |mutual |shared |common )?(?:cooperation|difference|interest|concern)|issues of (?:mutual|common) (?:interest|concern)|(?:regional|bilateral) and (?:global|regional|international) (?:issues|challenges|matters)|views on)\b/i;
const DROP =
  /^(?:it|them|this|that|these|those|this regard|a range|a range of issues|a wide range of issues|issues|other topics|areas|mutual interest|views|opinions|other issues|a number of issues)$/i;
// Clauses, not subjects: a part opening on a complementizer, an infinitive or a preposition, or holding a finite verb.
const NOT_SUBJECT =
  /^(?:that|to|in|on|for|with|as|by|from|at|into|and|or|but|if|whether|including through)\b|\b(?:will|would|can|could|should|must|is|are|was|were|has|have|had)\b/i;

export function normalizeTopic(raw: string): string | null {
  let t = raw.replace(/\s+/g, ' ').trim();
  t = t.replace(/\s*\([^)]*\)/g, '');
  for (let k = 0; k < 3; k++) t = t.replace(LEAD, '');
  t = t.replace(
    /^(?:bilateral and global issues including |a range of (?:pressing )?(?:regional and global )?issues,? including |issues including )/i,
    '',
  );
  t = t.replace(/[,\s]+$/, '').replace(/^[,\s]+/, '');
  if (!t || DROP.test(t) || NOT_SUBJECT.test(t) || UMBRELLA.test(t)) return null;
  // A lone participle or adjective split off a list of modifiers ("unjustified, unconscionable war").
  if (/^[a-z]+(?:ed|ive|ous|ful)$/.test(t)) return null;
  // Long parts are clauses that ran on, not names of subjects.
  if (t.split(' ').length > 8) return null;
  if (t.length < 3 || !/[a-z]/i.test(t)) return null;
  return t.replace(/[’]/g, "'");
}

function splitList(span: string): string[] {
  // "A, B, and C" / "A; B; C" / "A as well as B" — commas split, "and" splits two noun phrases.
  const parts = span.split(/;\s*|,\s*(?:and\s+|or\s+)?|\s+as well as\s+|,?\s+including\s+|\s+such as\s+/);
  // "A, B and C": in a comma list the last "and" joins two items.
  if (parts.length >= 2) {
    const last = parts.pop()!;
    const k = last.lastIndexOf(' and ');
    if (k > 0) parts.push(last.slice(0, k), last.slice(k + 5));
    else parts.push(last);
  }
  const out: string[] = [];
  for (const p of parts) {
    // "peace and stability in X" is one subject: "and" splits only two phrases of two words or more.
    const m =
      /^(.+?\s\S+)\s+and\s+((?:the |a |an |our |their |its )?[a-zA-Z-]+(?:'s)? (?:\w+ )?(?:of|on|for|in|to|with|against)\b.*)$/.exec(
        p,
      );
    if (m) out.push(m[1]!, m[2]!);
    else out.push(p);
  }
  return out;
}

/** Topic phrases in one sentence (normalized text). */
export function extractTopics(s: string): string[] {
  const out: string[] = [];
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(s))) {
    const rest = s.slice(m.index + m[0].length);
    const end = END.exec(rest);
    const span = rest.slice(0, end ? end.index : rest.length);
    if (span.length < 3) continue;
    for (const part of splitList(span)) {
      const t = normalizeTopic(part);
      if (t && !out.includes(t)) out.push(t);
    }
    TRIGGER.lastIndex = m.index + m[0].length + Math.max(0, span.length - 1);
  }
  return out;
}

/** One name per subject across the article: case-folded duplicates and near-duplicates collapse. */
export function topicKey(t: string): string {
  return t
    .toLowerCase()
    .replace(/\b(the|of|and|a|an|to|for|in|on)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
