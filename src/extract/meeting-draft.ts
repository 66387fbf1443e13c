// A meeting draft with the defaults every rule shares: its people are its principals, and it says nothing yet of
// format, ordinal or series.
import type { MeetingKind } from './extraction.types';
import type { MeetingDraft } from './meeting.types';

export interface DraftFields extends Partial<Omit<MeetingDraft, 'sentences'>> {
  name: string | null;
  kind: MeetingKind;
  date: string | null;
  place: string | null;
  participants: number[];
  context: boolean;
  sentence: number;
}

/** A draft from the fields a rule knows; `dateExplicit` follows `date` unless the rule says otherwise. */
export function meetingDraft({ sentence, ...fields }: DraftFields): MeetingDraft {
  return {
    dateExplicit: !!fields.date,
    format: null,
    principals: [...fields.participants],
    ordinal: null,
    series: null,
    sentences: [sentence],
    ...fields,
  };
}
