import type { Source } from '../article/source.type';
import type { Place } from '../geo/place.type';
import type { Topic } from '../topic/topic.type';
import type { Meeting } from './meeting.type';
import type { Participant } from './participant.type';

/** Which children of a meeting to fetch with it (the fields the request selects below the meeting). */
export interface MeetingChildFlags {
  place: boolean;
  participants: boolean;
  topics: boolean;
  sources: boolean;
}

export type MeetingChildKind = keyof MeetingChildFlags;

export const NO_CHILDREN: MeetingChildFlags = {
  place: false,
  participants: false,
  topics: false,
  sources: false,
};

export function childFlags(selected: ReadonlySet<string>): MeetingChildFlags {
  return {
    place: selected.has('place'),
    participants: selected.has('participants'),
    topics: selected.has('topics'),
    sources: selected.has('sources'),
  };
}

type RawChildren = {
  place?: Place[] | null;
  participants?: Participant[] | null;
  topics?: Topic[] | null;
  sources?: Source[] | null;
};

/** A meeting as a statement returns it: children as lists, null when not fetched. */
export type RawMeeting = Omit<Meeting, keyof RawChildren> & RawChildren;

/** The children a statement returned, keeping "not fetched" (undefined) apart from "none" (null / []). */
export function childrenOf(
  raw: RawChildren,
  flags: MeetingChildFlags,
): Pick<Meeting, 'place' | 'participants' | 'topics' | 'sources'> {
  const out: Pick<Meeting, 'place' | 'participants' | 'topics' | 'sources'> = {};
  if (flags.place) out.place = raw.place?.[0] ?? null;
  if (flags.participants) out.participants = raw.participants ?? [];
  if (flags.topics) out.topics = raw.topics ?? [];
  if (flags.sources) out.sources = raw.sources ?? [];
  return out;
}

/** A meeting row from a statement that projected children per `flags`. */
export function meetingFromRow(row: RawMeeting, flags: MeetingChildFlags): Meeting {
  const { place: _p, participants: _pa, topics: _t, sources: _s, ...rest } = row;
  return { ...rest, ...childrenOf(row, flags) };
}
