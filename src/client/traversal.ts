import {
  ShortestPathDocument,
  type ExpansionMeetingFragment,
  type ShortestPathQuery,
} from './generated/graphql';
import { expandFrom, resolvePerson, type MeetingLink, type PersonRef } from './expansion';
import type { ParleyClient } from './parley-client';

export type GraphPath = NonNullable<ShortestPathQuery['shortestPath']>;

/** The shortest chain of relationships between two entities (names or ids), or null when none within the server's bound. */
export async function shortestPath(
  client: ParleyClient,
  from: string,
  to: string,
): Promise<GraphPath | null> {
  const data = await client.request(ShortestPathDocument, { from, to });
  return data.shortestPath;
}

/** A person met through shared meetings, with those meetings, newest first. */
export interface Met {
  person: PersonRef;
  meetings: ExpansionMeetingFragment[];
}

export interface CounterpartsTree {
  person: PersonRef;
  /** most shared meetings first; each with the counterparts they met that the person did not */
  counterparts: (Met & { counterparts: Met[] })[];
}

const byDateDesc = (a: ExpansionMeetingFragment, b: ExpansionMeetingFragment) =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);

/** The people `from` met, each with the meetings they shared, most meetings first. */
function metBy(links: MeetingLink[], from: string): Met[] {
  const grouped = new Map<string, { person: PersonRef; meetings: Map<string, ExpansionMeetingFragment> }>();
  for (const link of links) {
    if (link.from !== from) continue;
    const entry = grouped.get(link.to.id) ?? { person: link.to, meetings: new Map() };
    entry.meetings.set(link.meeting.id, link.meeting);
    grouped.set(link.to.id, entry);
  }
  return [...grouped.values()]
    .map(({ person, meetings }) => ({ person, meetings: [...meetings.values()].sort(byDateDesc) }))
    .sort((a, b) => b.meetings.length - a.meetings.length || a.person.name.localeCompare(b.person.name));
}

/**
 * A person's counterparts and their counterparts, each with the meetings that link them (in an optional date window):
 * two levels of breadth-first expansion.
 */
export async function counterpartsOfCounterparts(
  client: ParleyClient,
  name: string,
  window: { from?: string; to?: string } = {},
): Promise<CounterpartsTree | null> {
  const person = await resolvePerson(client, name);
  if (!person) return null;
  const links: MeetingLink[] = [];
  for await (const level of expandFrom(client, person, { depth: 2, ...window })) links.push(...level.links);
  const first = metBy(links, person.id);
  const near = new Set([person.id, ...first.map((m) => m.person.id)]);
  return {
    person,
    counterparts: first.map((met) => ({
      ...met,
      counterparts: metBy(links, met.person.id).filter((m) => !near.has(m.person.id)),
    })),
  };
}
