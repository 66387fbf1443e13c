// Topic phrases: one short noun phrase per subject from a part of a discussion verb's object ("the need to
// strengthen trilateral ties with X" → "trilateral ties with X"), or null when the part names no subject.
import { capitalCountry, countryName, lookupCountry } from './country-gazetteer';
import { MONTHS, TITLE_HEADS, TITLE_MODS, WEEKDAYS } from './lexicon.data';
import { isPluralTitleHead } from './title-words';

const LEAD =
  /^(?:the |a |an |our |their |its |his |her |both |how to |ways to |ways for |efforts to |opportunities to |issues of |issues related to |the issues of |the importance of |importance of |the need to |the need for |the significance of |recent |ongoing |continued |further |key |(?:strengthening|promoting|maintaining|advancing|enhancing|deepening|expanding|ensuring|supporting|upholding|preserving|achieving|cooperating on|cooperating to address|working together to|working to) |(?:restore|bolster|enhance|strengthen|prioritize|promote|increase|encourage|advance|deepen|expand|tackle|address|ensure) |(?:enhancement|strengthening|deepening|promotion|improvement|advancement) of |(?:(?:pace|scope|scale|extent|speed) (?:and )?)+of |(?:a )?(?:number|host|series|variety) of )+/i;
// Umbrella phrases that announce a list rather than name a subject.
const UMBRELLA =
  /\b(?:range of|areas? of (?:potential |mutual |shared |common )?(?:cooperation|difference|interest|concern)|issues of (?:mutual|common) (?:interest|concern)|(?:regional|bilateral) and (?:global|regional|international) (?:issues|challenges|matters)|views on)\b/i;
const DROP =
  /^(?:it|them|this|that|these|those|this regard|a range|a range of issues|a wide range of issues|issues|other topics|areas|mutual interest|views|opinions|other issues|a number of issues|above all|in particular|first of all|(?:mutual |common |shared )?concerns?|(?:the )?(?:margins|sidelines) of .*)$/i;
// Clauses, not subjects: a part opening on a complementizer, an infinitive or a preposition, or holding a finite verb.
const NOT_SUBJECT =
  /^(?:that|to|in|on|for|with|as|by|from|at|into|through|and|or|but|if|whether|including through)\b|\b(?:will|would|can|could|should|must|is|are|was|were|has|have|had|said|says|told|added)\b/i;

// Words that open a part without naming its subject: "also to improve X", "continue to X", "including X".
const OPENER =
  /^(?:also|further|furthermore|including|such as|continue to|continuing to|work to|working to|need to|need for|to|and|both)\s+/i;
// Verbs whose object names the subject ("allow unhindered humanitarian access" → "humanitarian access").
const VERBS = new Set(
  (
    'accelerate achieve address advance allow bolster boost bring build combat complete counter deepen defend ' +
    'deliver deter develop do end enhance ensure expand facilitate foster guarantee halt hold implement improve ' +
    'increase launch maintain make manage pay preserve prevent promote protect provide pursue reduce reinforce ' +
    'release resolve respect respond restore resume see seek stop strengthen sustain tackle take uphold'
  ).split(' '),
);
// Nouns ending in -ing that are not gerunds.
const ING_NOUNS = new Set(
  (
    'anything barring briefing building ceiling during evening everything financing funding hearing housing ' +
    'meeting morning nothing offering ongoing peacekeeping policing shipping something spending string thing ' +
    'trafficking training understanding warning wellbeing wing'
  ).split(' '),
);
// Adverbs without the -ly ending, and -ly words that are not adverbs.
const ADVERBS = new Set('also further more most very well together even still again now too'.split(' '));
const NOT_ADVERBS = new Set(
  (
    'ally anomaly apply assembly costly daily deadly early elderly family friendly holy italy july likely ' +
    'monopoly multiply orderly rally reply supply timely weekly'
  ).split(' '),
);
// Heads that name no subject by themselves ("common approaches", "other issues").
const GENERIC_HEADS = new Set(
  'actions approaches aspects areas conversations discussions efforts issues matters measures priorities steps things topics ways goal goals interest desire opportunity opportunities chance move decision announcement mechanism mechanisms details'.split(
    ' ',
  ),
);
// Modifiers that do not make a generic head specific.
const GENERIC_MODS = new Set(
  (
    'a all an and both bilateral broader common concrete current further future global important international ' +
    'joint key major many mutual new other our ongoing outstanding pending possible practical pressing recent ' +
    'regional serious several shared significant some specific such the their these those urgent various wider'
  ).split(' '),
);
// Up to two judgements in front of a subject ("unhindered humanitarian access" → "humanitarian access").
const JUDGEMENT = /^(?:(?:unhindered|unimpeded|meaningful|swift|full|complete|repeated|unlawful)\s+){1,2}/i;
export const ADJECTIVE_ALONE =
  /^(?:(?![a-z]+ment$)[a-z]+(?:ed|ive|ous|ful|al|ic|ble|ent|ant)|free|open|secure|safe|fair|stable)$/;
// A clause whose subject is a noun phrase: "all countries using their influence", "DPRK to engage in negotiations".
const CLAUSE =
  /^(?:(?:all|both|other|many) \w+ \w+ing\b|(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* to [a-z])|\b(?:how|why|what)\b/;
const PREP_COMPLEMENT = /^(.*?)\s+(?:of|in|on|for|regarding|concerning|related to|about)\s+(.+)$/;
// Where the head noun phrase ends: at its first preposition or infinitive.
const HEAD_END =
  /\s+(?:of|in|on|for|to|with|about|regarding|concerning|related to|between|among|through|throughout|at|by|from|against|across)\s/;
const INFINITIVE_COMPLEMENT = /^\s+to\s+[a-z]+\s+(?:and\s+[a-z]+\s+)?(.+)$/;
const INFINITIVE = /\bto\s+[a-z]+/;
const LY_WORD = /^[a-z]{4,}ly$/;
const ING_WORD = /^[a-z]{2,}ing$/;
export const CAPITALIZED = /^[A-Z0-9]/;
const NOUN_PREPOSITION = /^(?:of|for|with|between|among)$/;
export const DETERMINER = /^(?:the|a|an|our|their|its|his|her)\s+/i;
const NOT_OBJECT = /^(?:all|those|these|them|it|this|that|more|up|out)\b/i;
const CURLY_APOSTROPHE = /’/g;
const GERUND_AND_NOUN = /^[a-z]+ing \w+$/;
const UNCLOSED_PAREN = /\s*\([^)]*$/;
// Judgements anywhere in a subject ("DPRK's unlawful ballistic missile launches").
const JUDGEMENT_INSIDE = /\b(?:unlawful|repeated|unhindered|unimpeded)\s+/gi;
// Words that date a subject rather than name it ("DPRK's recent launches" and "DPRK's continued launches" are one).
const TIME_INSIDE = /\b(?:recent|continued|continuing|latest|renewed)\s+(?=[a-z])/gi;
// "launches by the DPRK" is "DPRK's launches": one name per subject, whoever the article puts first.
const BY_AGENT = /^([a-z][\w-]*(?: [a-z][\w-]*)*) by (?:the )?([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)$/;
// A time or a setting after the trigger's preposition names no subject ("talks on Monday", "talks over dinner",
// "a meeting on the sidelines of X", "tensions over the past year").
const TIME_START = new RegExp(
  String.raw`^(?:the )?(?:sidelines\b|(?:dinner|lunch|breakfast|coffee|phone|telephone|video link)\b|(?:past|last|next|coming|previous|following|same) (?:\w+ )?(?:days?|weeks?|weekend|months?|years?|decades?)\b|weekend\b|(?:${WEEKDAYS.join('|')})\b|(?:${MONTHS.filter((m) => m !== 'may').join('|')})\b|\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS.map((m) => m.slice(0, 3)).join('|')}))`,
  'i',
); // a lone "may" opens a clause, not a date
// A part opening on a person's possessive.
const PERSONAL = /^(?:his|her) /i;
// Three words in capitals are a heading's, not a subject's name.
const HEADING = /\b[A-Z]{2,} [A-Z]{2,} [A-Z]{2,}\b/;
// "cooperation between A and B" is "A-B cooperation", as a relation between two parties is named.
const BETWEEN_PARTIES =
  /^(.+?) between (?:the )?([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*) and (?:the )?([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)$/;
// A time at the end says when, not what: "the issue of X in August 2017".
const TRAILING_TIME = new RegExp(
  String.raw`\s+(?:in|on|by|since|until|from) (?:(?:early|mid|late) )?(?:\d{1,2} )?(?:(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')}) )?(?:\d{1,2}, )?\d{4}$`,
);
// A plural noun then a past-tense verb and its preposition, or a phrase then a verb of an event's course: the part is
// a clause, and its subject the topic ("the uprisings loomed over the meetings", "the future of X begins at Y").
const SUBJECT_OF_VERB =
  /^(.*?\b[a-z]+s) (?!(?:based|related|aimed|focused|linked|tied|rooted|centred|centered)\b)[a-z]+ed (?:over|on|in|at|to|into|across|through)\b|^(.+?) (?:begins?|began|opened|ended|resumed|took place|takes place)\b/;
// Where a loose modifier begins after a head noun phrase: a preposition that does not complete the noun.
const LOOSE_MODIFIER = /\s+(?:with|onto|into|toward|towards|amid|via)\s/;
// Long official names the graph keys by their usual abbreviation.
const LONG_NAMES: [RegExp, string][] = [
  [/\b(?:the )?Democratic People's Republic of Korea\b/g, 'DPRK'],
  [/\b(?:the )?People's Republic of China\b/g, 'PRC'],
];
// A subject ends on a noun: not on a determiner, a preposition, a loose adjective or a participle ("Korea's destabilizing").
const BAD_LAST = /^(?:a|an|the|of|and|or|to|with|for|in|on|free|open|secure|\d[\d,.]*)$/i;
// Anaphora and time spans name no subject ("nature of these actions", "recent weeks").
const NO_SUBJECT =
  /\b(?:these|those)\b|^(?:this|that|such)\b|^(?:recent |past |coming )?(?:days|weeks|months|years|\d{4})$/i;

/** A titled name ("President X Y", "Prime Minister X") is a person welcomed or met, not a subject. */
function namesPerson(t: string): boolean {
  const words = t.split(' ');
  const first = words[0]!.toLowerCase();
  return (
    words.length >= 2 &&
    (TITLE_HEADS.has(first) || TITLE_MODS.has(first)) &&
    words.every((w) => CAPITALIZED.test(w))
  );
}

/** A party as a relation's name gives it: a state by its short name unless the article abbreviates it. */
function partyName(name: string): string {
  const hit = lookupCountry(name);
  if (hit) return hit.kind === 'acronym' ? name : countryName(hit.code);
  const capitalOf = capitalCountry(name); // "ties between Seoul and Beijing": capitals stand for their states
  return capitalOf ? countryName(capitalOf) : name;
}

function isAdverb(w: string): boolean {
  const x = w.toLowerCase();
  return ADVERBS.has(x) || (LY_WORD.test(x) && !NOT_ADVERBS.has(x));
}

export function isVerbHead(w: string): boolean {
  return VERBS.has(w) || (ING_WORD.test(w) && !ING_NOUNS.has(w));
}

/** Word count where a run of capitalized words ("Democratic People's Republic of Korea's") counts once. */
function phraseLength(t: string): number {
  let n = 0;
  let inName = false;
  for (const w of t.split(' ')) {
    const cap = CAPITALIZED.test(w);
    if ((cap || (inName && w === 'of')) && inName) continue;
    inName = cap;
    n++;
  }
  return n;
}

/** Reduce a phrase headed by a verb to its object, or null when the object is not a clean noun phrase. */
function verbObject(t: string): string | null {
  const words = t.split(' ');
  let i = 0;
  // "sustain and strengthen X"
  while (i < words.length && isVerbHead(words[i]!)) {
    i++;
    if (words[i] === 'and' && i + 1 < words.length && isVerbHead(words[i + 1]!)) i++;
  }
  // a verb followed by a preposition is a noun ("release of detained persons", "passing of ...")
  if (NOUN_PREPOSITION.test(words[i] ?? '')) return t;
  return cleanObject(words.slice(i).join(' '));
}

/** A verb's object as a topic, or null when it is not a clean noun phrase ("all those unjustly detained"). */
function cleanObject(phrase: string): string | null {
  const obj = phrase.replace(DETERMINER, '');
  if (!obj || INFINITIVE.test(obj) || NOT_OBJECT.test(obj)) return null;
  if (obj.split(' ').every(isAdverb)) return null;
  return obj;
}

export function normalizeTopic(raw: string): string | null {
  let t = raw.replace(/\s+/g, ' ').trim();
  if (TIME_START.test(t)) return null;
  t = t.replace(TRAILING_TIME, '');
  t = t.replace(/\s*\([^)]*\)/g, '').replace(UNCLOSED_PAREN, '');
  for (let k = 0; k < 3; k++) t = t.replace(OPENER, '').replace(LEAD, '');
  t = t.replace(
    /^(?:bilateral and global issues including |a range of (?:pressing )?(?:regional and global )?issues,? including |issues including )/i,
    '',
  );
  t = t.replace(/(?:[,\s]|(?<!\b[A-Z])\.)+$/, '').replace(/^[,\s]+/, '');
  t = t.replace(CURLY_APOSTROPHE, "'");
  for (const [re, short] of LONG_NAMES) t = t.replace(re, short);
  if (!t || DROP.test(t) || UMBRELLA.test(t) || NO_SUBJECT.test(t) || HEADING.test(t) || namesPerson(t))
    return null;
  if (PERSONAL.test(raw.trim()) && !t.includes(' ')) return null; // "his age", "her health": a person's, not a subject
  // Adverbs say how, not what: drop adverb-only parts, trim them at either end ("human rights more broadly").
  const words = t.split(' ');
  if (words.every(isAdverb)) return null;
  while (words.length > 1 && isAdverb(words[words.length - 1]!)) words.pop();
  while (words.length > 1 && isAdverb(words[0]!)) words.shift();
  t = words.join(' ');
  if (CLAUSE.test(t) || (words[1] === 'to' && VERBS.has(words[2] ?? ''))) return null; // "governments to increase X"
  // A phrase headed by a verb names its object, if any.
  if (isVerbHead(words[0]!)) {
    // a gerund with a one-word object is itself the subject's name ("managing competition", "preventing conflict")
    const obj = GERUND_AND_NOUN.test(t) && !ING_NOUNS.has(words[0]!) ? t : verbObject(t);
    if (obj === null) return null;
    t = obj;
  }
  t = t.replace(JUDGEMENT, '').replace(JUDGEMENT_INSIDE, '').replace(TIME_INSIDE, '');
  const agent = BY_AGENT.exec(t);
  if (agent) t = `${agent[2]}'s ${agent[1]}`;
  // Generic heads ("common approaches to address priorities") name a subject only through a specific modifier or complement.
  const pp = PREP_COMPLEMENT.exec(t);
  const headEnd = HEAD_END.exec(t);
  const headPhrase = (headEnd ? t.slice(0, headEnd.index) : t).split(' ');
  const head = headPhrase[headPhrase.length - 1]!.toLowerCase();
  if (GENERIC_HEADS.has(head) && !headPhrase.slice(0, -1).some((w) => !GENERIC_MODS.has(w.toLowerCase()))) {
    // "joint efforts to support Ukraine" → "Ukraine"; "common approaches to address priorities" → nothing
    const inf = INFINITIVE_COMPLEMENT.exec(t.slice(headPhrase.join(' ').length));
    if (inf) {
      const obj = cleanObject(inf[1]!);
      if (obj === null) return null;
      t = obj;
    } else if (!pp || pp[1] !== headPhrase.join(' ')) return null;
    else t = pp[2]!.replace(DETERMINER, '');
    if (INFINITIVE.test(t)) return null;
    if (isVerbHead(t.split(' ')[0]!)) {
      const obj = verbObject(t);
      if (obj === null) return null;
      t = obj;
    }
  } else if (GENERIC_HEADS.has(head) && INFINITIVE.test(t.slice(headPhrase.join(' ').length))) return null;
  if (!t || DROP.test(t) || NOT_SUBJECT.test(t) || UMBRELLA.test(t) || NO_SUBJECT.test(t)) return null;
  const last = t.slice(t.lastIndexOf(' ') + 1);
  if (GENERIC_HEADS.has(last.toLowerCase()) && !t.includes(' ')) return null;
  if (isPluralTitleHead(last)) return null; // "three EU chiefs", "the foreign ministers": people, not a subject
  if (BAD_LAST.test(last) || (ING_WORD.test(last) && !ING_NOUNS.has(last) && t.includes(' '))) return null;
  // A lone participle or adjective split off a list of modifiers ("unjustified, unconscionable war", "free, open ...").
  if (ADJECTIVE_ALONE.test(t)) return null;
  const subject = SUBJECT_OF_VERB.exec(t);
  if (subject) t = subject[1] ?? subject[2]!;
  const between = BETWEEN_PARTIES.exec(t);
  if (between) t = `${partyName(between[2]!)}-${partyName(between[3]!)} ${between[1]}`;
  // A long part keeps its head noun phrase when a loose modifier ran on ("relations with a long history and ..."),
  // else it is a clause that ran on, not the name of a subject.
  if (phraseLength(t) > 6) {
    const cut = LOOSE_MODIFIER.exec(t);
    const head = cut ? t.slice(0, cut.index) : '';
    return head.includes(' ') && phraseLength(head) <= 6 ? normalizeTopic(head) : null;
  }
  if (t.length < 3 || !/[a-z]/i.test(t)) return null;
  return t;
}
