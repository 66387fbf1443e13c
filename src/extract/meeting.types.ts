// The drafts meeting extraction builds per sentence before merging, and what it reads of each sentence.
import type { MeetingFormat, MeetingKind } from './extraction.types';
import type { Person, PersonMention } from './people.types';

export interface SentenceInfo {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  /** normalized sentence text */
  norm: string;
  mentions: PersonMention[];
}

export interface MeetingDraft {
  name: string | null;
  kind: MeetingKind;
  date: string | null;
  dateExplicit: boolean;
  place: string | null;
  format: MeetingFormat | null;
  participants: number[];
  principals: number[];
  sentences: number[];
  ordinal: number | null;
  series: string | null;
  /** created from a noun phrase for context, not the article's main report */
  context: boolean;
  /** "on the sidelines of X": a separate encounter with the same people */
  sidelines?: boolean;
  /** an encounter with an unnamed group ("met with foreign ministers from ..."): kept apart from named ones */
  group?: boolean;
  /** met as delegations: the people said to lead them are its participants */
  delegations?: boolean;
  /** scheduled, not yet held ("will meet on Friday") */
  planned?: boolean;
  /** named as trilateral or multilateral: a two-party encounter beside it is another meeting */
  multilateral?: boolean;
  /** a definite phrase with no date, place or name of its own ("the talks between A and B"): an earlier meeting */
  reference?: boolean;
  /** opened by "the", "this" or "that" and not named ("the trilateral meeting"): may be a meeting already reported */
  definite?: boolean;
  /** known only from "X told Y": its kind gives way to any other report of it */
  weak?: boolean;
  /** reported in the perfect with no date ("has told"): the month of the report */
  recent?: boolean;
  /** the text gives it no time of its own ("have met before"): no default date */
  undated?: boolean;
}

export interface MeetingContext {
  articleDate: string | null;
  datelineCity: string | null;
  people: Person[];
  /** the writer of a first-person release ("Today I met ..."), who "I" is */
  author?: number | null;
}
