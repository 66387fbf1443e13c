import type { GraphQLResolveInfo } from 'graphql';
import type { Source } from '../article/source.type';
import { selectedFields } from '../common/selection';
import { countryOf, type CountryPair } from '../geo/country-pair';
import type { Place } from '../geo/place.type';
import type { Person } from '../person/person.type';
import type { Topic } from '../topic/topic.type';
import type { Meeting } from './meeting.type';
import type { Participant } from './participant.type';

/** Which children of a meeting to fetch with it (the fields the request selects below the meeting). */
export interface MeetingChildFlags {
  place: boolean;
  participants: boolean;
  topics: boolean;
  sources: boolean;
  /** false: meetings, participants' people and topics carry only the fields the request selects (see `DETAIL`) */
  meetingDetail?: boolean;
  personDetail?: boolean;
  topicDetail?: boolean;
}

export type MeetingChildKind = 'place' | 'participants' | 'topics' | 'sources';

export const NO_CHILDREN: MeetingChildFlags = {
  place: false,
  participants: false,
  topics: false,
  sources: false,
};

// Fields beyond id, label, name (and a meeting's kind, date, format, status); a statement leaves them out unless selected.
const DETAIL = {
  meeting: ['dateStart', 'dateEnd', 'datePrecision', 'series', 'ordinal', 'aliases'],
  person: ['aliases', 'title', 'countryCode', 'firstSeen', 'lastSeen', 'country'],
  topic: ['aliases'],
};

/** Statement parameter `$with`: the children to fetch, and every field of each node unless told which are selected. */
export function withParam(flags: MeetingChildFlags) {
  return {
    place: flags.place,
    participants: flags.participants,
    topics: flags.topics,
    sources: flags.sources,
    meetingDetail: flags.meetingDetail ?? true,
    personDetail: flags.personDetail ?? true,
    topicDetail: flags.topicDetail ?? true,
  };
}

export function childFlags(selected: ReadonlySet<string>): MeetingChildFlags {
  return {
    place: selected.has('place'),
    participants: selected.has('participants'),
    topics: selected.has('topics'),
    sources: selected.has('sources'),
  };
}

/**
 * Children and detail flags for the meetings a root field returns at `path` (['edges', 'node'] for a connection):
 * its rows serve only this selection, so fields it does not select need not be fetched.
 */
export function selectionFlags(info: GraphQLResolveInfo, path: string[]): MeetingChildFlags {
  const any = (at: string[], fields: string[]) => {
    const selected = selectedFields(info, at);
    return fields.some((f) => selected.has(f));
  };
  return {
    ...childFlags(selectedFields(info, path)),
    meetingDetail: any(path, DETAIL.meeting),
    personDetail: any([...path, 'participants', 'person'], DETAIL.person),
    topicDetail: any([...path, 'topics'], DETAIL.topic),
  };
}

/** [id, name]: a person or topic without detail (see fragments/meeting-children) */
type Shallow = [string, string];

/** fragments/place-fields: [id, name, countryCode, [country id, country name] or null] */
export type PlaceTuple = [string, string, string | null, CountryPair | null];

type RawChildren = {
  place?: PlaceTuple[] | null;
  participants?: [string | null, string | null, Person | Shallow][] | null;
  topics?: (Topic | Shallow)[] | null;
  sources?: Source[] | null;
};

const person = (p: Person | Shallow): Person =>
  Array.isArray(p) ? ({ id: p[0], label: 'Person', name: p[1] } as Person) : p;
const topic = (t: Topic | Shallow): Topic =>
  Array.isArray(t) ? ({ id: t[0], label: 'Topic', name: t[1] } as Topic) : t;
const place = ([id, name, countryCode, country]: PlaceTuple): Place => ({
  id,
  label: 'Place',
  name,
  countryCode,
  country: countryOf(country),
});

/** A meeting as a statement returns it: children as lists, null when not fetched. */
export type RawMeeting = Omit<Meeting, keyof RawChildren> & RawChildren;

/**
 * A meeting without detail (fragments/meeting-map): [id, name, kind, date, format, status, place, participants,
 * topics, sources].
 */
export type MeetingTuple = [
  string,
  string,
  string | null,
  string | null,
  string | null,
  string,
  RawChildren['place'],
  RawChildren['participants'],
  RawChildren['topics'],
  RawChildren['sources'],
];

type Key = string | number | null | undefined;

/** Orders like Cypher's ORDER BY on these keys: ascending, nulls last. */
function byKeys<T>(keys: (x: T) => Key[]): (a: T, b: T) => number {
  return (a, b) => {
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i++) {
      const x = ka[i];
      const y = kb[i];
      if (x === y) continue;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return x < y ? -1 : 1;
    }
    return 0;
  };
}

// Statements return children as pattern comprehensions (cheaper in Neo4j than sorted subqueries); they are ordered here.
const placeOrder = byKeys((p: Place) => [p.id]);
const participantOrder = byKeys((p: Participant) => [
  p.role === 'principal' ? 0 : 1,
  p.person.name,
  p.person.id,
]);
const topicOrder = byKeys((t: Topic) => [t.name, t.id]);
const sourceOrder = byKeys((s: Source) => [s.date, s.articleId]);

/** The children a statement returned, in order, keeping "not fetched" (undefined) apart from "none" (null / []). */
export function childrenOf(
  raw: RawChildren,
  flags: MeetingChildFlags,
): Pick<Meeting, 'place' | 'participants' | 'topics' | 'sources'> {
  const out: Pick<Meeting, 'place' | 'participants' | 'topics' | 'sources'> = {};
  if (flags.place) {
    const places = raw.place?.map(place).sort(placeOrder);
    out.place = places?.[0] ?? null;
  }
  if (flags.participants)
    out.participants =
      raw.participants
        ?.map(([role, title, p]) => ({ role, title, person: person(p) }))
        .sort(participantOrder) ?? [];
  if (flags.topics) out.topics = raw.topics?.map(topic).sort(topicOrder) ?? [];
  if (flags.sources) out.sources = raw.sources?.sort(sourceOrder) ?? [];
  return out;
}

/** A meeting row from a statement that projected children per `flags`. */
export function meetingFromRow(row: RawMeeting | MeetingTuple, flags: MeetingChildFlags): Meeting {
  if (Array.isArray(row)) {
    const [id, name, kind, date, format, status, place, participants, topics, sources] = row;
    // the fields a request selects when it asks for no detail (see DETAIL)
    const children = childrenOf({ place, participants, topics, sources }, flags);
    return { id, label: 'Meeting', name, kind, date, format, status, ...children } as Meeting;
  }
  const { place: _p, participants: _pa, topics: _t, sources: _s, ...rest } = row;
  return { ...rest, ...childrenOf(row, flags) };
}
