// Whether a meeting verb reports an encounter that happened, one that is to come, one that did not happen,
// or one of no particular time, read from the auxiliaries and adverbs right before it.

export type MeetingTense = 'past' | 'planned' | 'perfect' | 'negated' | 'hypothetical';

// Auxiliaries and phrases that put the verb in the future: "will meet", "is due to meet", "plans to hold talks".
const PLANNED =
  /\b(?:will|shall|'ll|is to|are to|is set to|are set to|is due to|are due to|is expected to|are expected to|is scheduled to|are scheduled to|is going to|are going to|plans? to|planned to|intends? to|agreed to|would|was to|were to|is slated to|are slated to)\s+(?:also\s+|then\s+|later\s+|soon\s+|again\s+|separately\s+|jointly\s+)?(?:\w+ly\s+)?$/i;
const NEGATED =
  /\b(?:not|never|no longer|n't|refused to|declined to|did not|has not|have not|will not|won't|cannot|can't|failed to|no plans to)\s+(?:\w+\s+)?$/i;
const HYPOTHETICAL =
  /\b(?:could|might|may|should|hopes? to|wants? to|wanted to|offered to|would like to|ready to|willing to)\s+(?:\w+\s+)?$/i;
// "it is unknown if he met Y", "whether they met": the clause doubts the encounter.
const DOUBTED =
  /\b(?:whether|(?:unknown|unclear|not clear|not known|uncertain) if)\s+(?:[\w.'’-]+\s+){0,4}$/i;
const PERFECT = /\b(?:has|have|had)\s+(?:also\s+|already\s+|previously\s+|repeatedly\s+|since\s+|not\s+)?$/i;

/** The tense of a meeting verb given the text of its clause up to the verb and the verb itself. */
export function meetingTense(before: string, verb: string): MeetingTense {
  const v = verb.toLowerCase();
  // "is due to meet": the verb match "to meet" leaves its "to" out of the text before it.
  const lead = before.slice(-60) + (v.startsWith('to ') ? 'to ' : '');
  if (NEGATED.test(lead)) return 'negated';
  if (/^will /.test(v)) return 'planned';
  if (PLANNED.test(lead)) return 'planned';
  if (HYPOTHETICAL.test(lead) || DOUBTED.test(lead)) return 'hypothetical';
  if (PERFECT.test(lead)) return 'perfect';
  return 'past';
}
