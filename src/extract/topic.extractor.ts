// Topics: objects of discussion verbs ("discussed A, B and C"), split into one short phrase per subject.

const TRIGGER =
  /\b(?:discussed|discussing|discuss|discussions? (?:on|of|about)|talks on|exchanged views on|exchanged opinions on|spoke about|talked about|covered|addressed|raised(?: concerns about)?|concerns? (?:about|over|regarding)|condemned|underscored the importance of|the importance of|highlighted|reaffirmed|emphasi[sz]ed|on issues (?:of|related to)|issues related to|included|including|such as|regarding)\s+/g;
const END =
  /[.;:!?"]|\b(?:and (?:discussed|condemned|reaffirmed|agreed|emphasi[sz]ed|expressed|underscored|reiterated|stressed|welcomed|highlighted)|because|so that|in order to|which|who|where|while|as well as how)\b/;
const LEAD =
  /^(?:the |a |an |our |their |its |his |her |both |how to |ways to |ways for |efforts to |opportunities to |issues of |issues related to |the issues of |the importance of |importance of |the need to |the need for |the significance of |recent |ongoing |continued |further )+/i;
const DROP =
  /^(?:it|them|this|that|these|those|this regard|a range|a range of issues|a wide range of issues|issues|other topics|areas|mutual interest|views|opinions)$/i;

export function normalizeTopic(raw: string): string | null {
  let t = raw.replace(/\s+/g, ' ').trim();
  for (let k = 0; k < 3; k++) t = t.replace(LEAD, '');
  t = t.replace(
    /^(?:bilateral and global issues including |a range of (?:pressing )?(?:regional and global )?issues,? including |issues including )/i,
    '',
  );
  t = t.replace(/[,\s]+$/, '').replace(/^[,\s]+/, '');
  if (!t || DROP.test(t)) return null;
  const words = t.split(' ');
  if (words.length > 9) t = words.slice(0, 9).join(' ');
  if (t.length < 3 || !/[a-z]/i.test(t)) return null;
  return t.replace(/[’]/g, "'");
}

function splitList(span: string): string[] {
  // "A, B, and C" / "A; B; C" — commas split, a final "and" splits when the parts are both noun phrases.
  const parts = span.split(/;\s*|,\s*(?:and\s+|or\s+)?/);
  const out: string[] = [];
  for (const p of parts) {
    const sub = p.split(
      /\s+and\s+(?=(?:the |a |an |our |their |its )?[a-zA-Z-]+(?:'s)? (?:\w+ )?(?:of|on|for|in|to|with|against)\b)/,
    );
    out.push(...sub);
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
