// The words around a meeting noun phrase that say when it is, who holds it, or where its own words end.
import { findDates, type DateMention } from './date-resolver';

// What may stand between a person and a meeting phrase they attend: ", speaking at", ", after", " at".
export const SUBJECT_TO_PHRASE_RE =
  /^,?\s*(?:[a-z]+ing\s+|(?:told|tells|briefed|briefs) (?:reporters|journalists|the press|the media)\s+)?(?:at|after|during|following)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z-]+\s+){0,3}$/;
// A phrase in a clause about what is to come: "will plan ... at the summit", "in time for the summit", "ahead of a meeting".
export const FUTURE_BEFORE_RE =
  /(?:\b(?:will|would(?! have)|is to|are to|(?:is|are) due to|(?:is|are) expected to|plans? to|(?:hop|aim|seek)(?:e|es|s|ing)? to)\b[^.;,"]*|\b(?:in time for|ahead of|in the run-up to|(?:preparations?|preparing|prepare|plans|planning) for)\s+)$/i;
// "the summit is set to take place", "a meeting is due to", "talks will begin".
export const FUTURE_AFTER_RE =
  /^(?: (?:on|of) [^,;]{1,60}?)?\s+(?:(?:is|are|was|were) (?:set|due|scheduled|expected|planned|to be held|being)\b|will\b|(?:is|are) to\b|to be (?:held|hosted|chaired|convened|opened)\b|(?:begin|open|start|resume)s?\b(?=[^.;]*\blater\b))/;
export const HOSTED_BY_AFTER =
  /^(?: on [^,;]{1,60}?)?\s+(?:is|are|was|were|will be|has been|had been)(?: being)? (?:co-)?(?:hosted|chaired|convened|opened|led|attended) by\b/;
// "the upcoming State Visit", "a planned summit": announced, not yet held.
export const UPCOMING_RE = /\b(?:upcoming|forthcoming|planned|scheduled|proposed|next|coming)\b/i;
export const PAST_MARK = /\b(?:last|previous|earlier|former|first|past|prior|since|then)\b/i;
// "It comes on the heels of X", "after X", "following X": what the news of the day came after.
export const PRECEDING_RE =
  /\b(?:on the heels of|in the wake of|comes? after|came after|follows|followed|following|after)\b/i;
export const FRONTED_RE = /^\s*(?:After|Following|Before|During|Ahead of|At the end of)\s+$/;
export const PLURAL_HEAD = /(?:meeting|call|visit|trip|conversation|dinner)s$/i;
export const PLURAL_GROUPS = /(?:meeting|summit|conference|session)s$/i;
// "X is in the US for a highly anticipated visit": being somewhere for a visit is paying it.
export const PRESENCE_RE =
  /\b(?:(?:is|was|are|were|arrived|arrives|will be) in|(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flying|head|heads|headed|go|goes|went) to) (?:the )?((?:[A-Z][\w.-]*)(?: [A-Z][\w.-]*){0,2}) (?:(?:on|next|this|later|in) (?:[\w-]+ ){0,2})?for (?:(?:a|an|his|her|their|the) (?:[\w-]+ ){0,3})?$/;
// "... hosted by Beijing in April", "... held in Cairo": a participle placing the phrase's meeting.
export const HOSTED_PARTICIPLE_RE =
  /^\s+(between [^,;]{1,60}?\s+)?(?:hosted|organi[sz]ed|held|convened) (?:by|in) ((?:[A-Z][\w-]*)(?: (?:of (?:the )?)?[A-Z][\w-]*){0,3})/;
export const LIGHT_VERB_RE =
  /\b(?:pay|pays|paid|paying|make|makes|made|making|undertake|undertakes|undertook|undertaking|attend|attends|attended|attending|host|hosts|hosted|hosting|chair|chairs|chaired|chairing|co-chair(?:s|ed|ing)?|(?:participate|participates|participated|participating|take part|takes part|took part|taking part) in)\s+(?:(?:a|an|the|his|her|their|its)\s+)?$/;
export const ATTENDANCE_RE = /^'s (?:participation|attendance|presence|appearance) (?:in|at) $/;
export const LEADING_DATE_OR_ORDINAL =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?(?:,? \d{4})? )?(?:\d+(?:st|nd|rd|th) |first |second |third |last |previous |next |historic )?/;
// Where the words about a meeting end: a verb, a relative or subordinating word, or a new clause.
// "(asked about) the meeting during an interview on Thursday": a date after another occasion is that occasion's.
const PHRASE_END =
  /[;:()"]|\s-\s|\b(?:during|in|at|after|before)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:interview|speech|news conference|press conference|briefing|address|rally|hearing)s?\b|\b(?:said|says|is|was|were|are|be|been|has|have|had|will|would|could|can|may|which|that|who|whom|where|while|because|but|amid|since|than|if)\b|(?<![-\w])[a-z]+ed\b|\bto (?!the |a |an |his |her |its |their |[A-Z])/;

/** A date in the words right after a meeting phrase (its participants, venue, then "on Monday", "in April"). */
export function attachedDate(after: string, articleDate: string | null): DateMention | null {
  const stop = PHRASE_END.exec(after);
  const own = stop ? after.slice(0, stop.index) : after;
  return findDates(own, articleDate)[0] ?? null;
}

// A sentence opening on a phrase before its main clause ("Building on ...", "After ...", "Ahead of ...", "On Monday,
// ahead of ...").
const FRONTED_OPENER =
  /^\s*(?:On [^,]{1,40}(?:, [^,]{1,20})?,\s*(?:after|following|before|during|ahead of)\b|(?:[A-Z][a-z]+ing|After|Following|Before|During|Ahead of|Since|Despite|At|In)\b)[^,]*$/;
const FINITE_VERB =
  /\b(?:[a-z]{3,}ed|said|says|met|meets|held|spoke|made|took|gave|is|are|was|were|has|have|will)\b/;

/** "Building on the meeting with A and B, C and D discussed ...": in an opening phrase, the objects end at the comma
 *  before the main clause, the first stretch after a comma with a finite verb of its own. */
export function mainClauseAt(s: string, start: number, from: number): number {
  if (!FRONTED_OPENER.test(s.slice(0, start))) return s.length;
  for (let c = s.indexOf(',', from); c >= 0; c = s.indexOf(',', c + 1)) {
    const next = s.indexOf(',', c + 1);
    if (FINITE_VERB.test(s.slice(c + 1, next < 0 ? s.length : next))) return c;
  }
  return s.length;
}

export const PRONOUN_BEFORE_RE = /\b(?:he|she|He|She)\s+(?:[a-z]+\s+){1,6}$/;

// Verbs that can stand between "their" and a meeting noun only as the verb of a clause ("their chiefs held talks").
export const CLAUSE_VERB_RE =
  /\b(?:held|hold|holds|had|has|have|began|begin|opened|ended|concluded|resumed|will|would|to|were|was|are|is|met|plan|plans|planned|agreed)\b/;

// Two named parties that are no people: "the United States and China", "Hamas and Fatah".
export const BODY_PARTIES_RE =
  /^\s+(?:the\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+and\s+(?:the\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})/;
