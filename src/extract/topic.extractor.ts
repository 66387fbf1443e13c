// Topics: objects of discussion verbs ("discussed A, B and C"), split into one short phrase per subject.
import { splitList } from './topic-list';
import { normalizeTopic } from './topic-phrase';

// Verbs and nouns of discussion whose object is the list of subjects.
const DISCUSSION = String.raw`(?:discussed|discussing|discuss)(?: in (?:depth|detail)| at length)?|discussions? (?:on|of|about)|(?:talks|negotiations|consultations|dialogue|meetings?|conferences?|summits?|forums?|roundtables?)(?: held)? (?:on|over|about|regarding)|exchanged (?:views|opinions|ideas) (?:on|about)|(?:spoke|talked) about|(?:topics|subjects|issues) (?:covered |discussed |raised )?(?:(?:at|during) the (?:meeting|talks|call) )?included|on (?:issues|topics|areas) such as|issues (?:including|such as)|(?:the (?:two )?(?:leaders|sides|ministers) )?addressed|(?:reaffirmed|reiterated|underscored) (?:their|our|his|her|its|the) (?:\w+ ){0,2}?commitment to|(?:underscored|stressed|emphasi[sz]ed|highlighted|noted) the (?:importance of|need (?:to|for))|(?:focused|focusing|focuses|centered|centred) on|(?:called|calls|calling) for|(?:cooperation|collaboration|coordination) (?:on|against|in (?:the )?(?:fields?|areas?) of)|(?:spoke|speaks|talked|met|meeting|call|conversation)\b[^.;]{0,140}?\babout|condemned|(?:criticis|criticiz|denounc|welcom|prais|applaud|hail)(?:ed|es|ing)|(?:talks|discussions|meeting|visit|dialogue) aimed at`;
// Concern voiced or felt: "raised concerns about X", "is deeply concerned about X".
const CONCERN = String.raw`(?:rais|voic|express|shar)(?:ed|es|ing)? (?:\w+ ){0,2}?concerns? (?:about|over|regarding|at|with)|(?:is|are|was|were|remains?|remained|be) (?:\w+ )?"?concerned (?:about|over|at|by)`;
// Nouns of contention, with their parties and a verb of growth between: "tensions between A and B mount over X".
const CONTENTION = String.raw`\b(?:at odds|tensions?|disputes?|rows?|rifts?|standoffs?|differences|disagreements?|clash(?:es)?|frictions?|feuds?|concerns?|worries|fears|anxiety|frustration|anger|outrage|alarm)(?: between [^.;,"]{1,60}?)?(?: (?:have |has |had )?(?:mount(?:ed|ing|s)?|r[io]se[ns]?|rising|gr[eo]w(?:n|s|ing)?|flared|escalated|deepened|simmer(?:ed|ing|s)?))? over`;
// A quotation may open on the trigger ("was \"concerned about X\"") or right after it: its words are the subject.
const TRIGGER = new RegExp(String.raw`"?\b(?:${DISCUSSION}|${CONCERN})\s+"?|${CONTENTION}\s+"?`, 'gi');
// A period ends the span unless it closes an initial ("U.S.").
const END =
  /[;:!?"]|(?<!\b[A-Z])\.(?=\s|$)|\b(?:and (?:(?:the|both|all|their) (?:[\w-]+ ){0,2}?)?(?:discussed|condemned|(?:criticis|criticiz|denounc|welcom|prais|applaud|hail)(?:ed|es|ing)|reaffirmed|agreed|called|urged|pledged|vowed|announced|emphasi[sz]ed|expressed|underscored|reiterated|stressed|welcomed|highlighted|noted|committed|exchanged|addressed|raised|talked|spoke|assured|affirmed|confirmed|decided|promised)|(?:in|at|during) (?:(?:a|an|the|their|his|her|its) )?(?:[\w-]+ ){0,2}?(?:meetings?|talks|calls?|conversations?|summits?|visits?|sessions?|press conferences?)\b|(?:(?:recently|newly|jointly) )?(?:established|launched|created|signed|adopted|announced|set up|hosted|organi[sz]ed|convened|imposed) by|held (?:in|at|on)|among (?:the )?(?=[A-Z])|that (?=[a-z]+ed\b)|(?:took|takes|take|taking) place|(?:was|were|will be|is|are) held|according to|because|so that|so as to|in order to|which|who|where|while|whereas|amid|as well as how|, among other|among other)\b/;
// A short quoted phrase inside a sentence is a term the writer marks, not speech: its words belong to the subject.
const SCARE_QUOTE = /"([^".;:!?]{1,40})"/g;
// Scope that says where, not what: "cooperation in various fields between the two countries" is "cooperation".
const VAGUE_SCOPE =
  /\s+(?:(?:in|across) (?:various|all|many|different|multiple|several) (?:fields|areas|sectors|spheres|domains)|between the two (?:countries|sides|nations|states|parties|governments|peoples))\b/g;

// Whom it was discussed with, not what: "the situation in X with the top US diplomat", "ties with Vice Minister Y".
const INTERLOCUTOR_HEADS =
  'diplomats? counterparts? ministers? secretary president envoys? leaders? officials? delegations? chief premier chancellor'
    .split(' ')
    .map((h) => `[${h[0]!.toUpperCase()}${h[0]}]${h.slice(1)}`)
    .join('|');
const INTERLOCUTOR = new RegExp(
  String.raw`\s+with (?:the |his |her |their |its )?(?:(?:top|senior|visiting|[A-Z][\w.-]*) )*(?:${INTERLOCUTOR_HEADS})\b[^,;]*`,
  'g',
);

/** Topic phrases in one sentence (normalized text). */
export function extractTopics(sentence: string): string[] {
  const out: string[] = [];
  // runs of spaces (line-wrapped text keeps its width) read as one: topics are phrases, not offsets
  const s = sentence
    .replace(/\s+/g, ' ')
    .replace(SCARE_QUOTE, (quote, words: string) => (words.split(' ').length <= 4 ? words : quote));
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(s))) {
    const rest = s.slice(m.index + m[0].length);
    const end = END.exec(rest);
    const span = rest
      .slice(0, end ? end.index : rest.length)
      .replace(VAGUE_SCOPE, '')
      .replace(INTERLOCUTOR, '')
      .replace(/[,\s]+$/, '');
    if (span.length < 3) continue;
    let named = false;
    for (const part of splitList(span)) {
      const t = normalizeTopic(part);
      named ||= t !== null;
      if (t && !out.includes(t)) out.push(t);
    }
    // a span that named nothing may hold a trigger of its own ("welcomed the plan to hold talks on X")
    if (named) TRIGGER.lastIndex = m.index + m[0].length + Math.max(0, span.length - 1);
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
