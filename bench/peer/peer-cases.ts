import { foldName, personKey } from '../../src/domain/names';
import { searchQuery } from '../../src/api/search/lucene-query';
import { CASES } from '../api-cases';

/** A parsed GraphQL answer, walked by field name (JSON.parse's own type). */
type Json = ReturnType<typeof JSON.parse>;

/**
 * One named operation asked of both servers: Parley's examples/operations/NAME.graphql with the API bench's
 * variables, the peer's bench/peer/operations/NAME.graphql with the same question in its terms, and for each side
 * the answer reduced to comparable items (ids, counts, dates in the order the answer promises), so that "same
 * answers" is checked item by item rather than by size.
 */
export interface PeerCase {
  operation: string;
  parleyVariables: Record<string, unknown>;
  peerVariables: Record<string, unknown>;
  parleyItems(data: Json): unknown[];
  peerItems(data: Json): unknown[];
}

const vars = (operation: string) => CASES.find((c) => c.operation === operation)!.variables;
const str = (operation: string, name: string) => String(vars(operation)[name]);
const ids = (xs: Json[] | null | undefined) => (xs ?? []).map((x: Json) => x.id as string).sort();
const first = <T>(xs: T[] | null | undefined): T | undefined => (xs ?? [])[0];

/** A meeting as both sides list it: id, date, place, participants (id and role), topics; sources when asked. */
function meeting(m: Json, parley: boolean, withSources: boolean): unknown[] {
  const place = parley ? m.place : first(m.place);
  const participants = parley
    ? (m.participants ?? []).map((x: Json) => `${x.person.id}|${x.role}|${x.title}`)
    : (m.participantsConnection?.edges ?? []).map(
        (e: Json) => `${e.node.id}|${e.properties.role}|${e.properties.title}`,
      );
  const sources = !withSources
    ? []
    : parley
      ? m.sources.map((s: Json) => `${s.articleId}|${s.start}`)
      : m.reportedByConnection.edges.map((e: Json) => `${e.node.id}|${e.properties.start}`);
  return [m.id, m.date, place?.id ?? null, participants.sort(), ids(m.topics), sources.sort()];
}

const counterpart = (c: Json, person: Json) => [person.id, c.sharedMeetings, c.firstDate, c.lastDate];

export const PEER_CASES: PeerCase[] = [
  {
    operation: 'Counterparts',
    parleyVariables: vars('Counterparts'),
    peerVariables: { pkey: personKey(str('Counterparts', 'name')) },
    parleyItems: (d) => [
      [d.counterparts.person.id, d.counterparts.totalCount],
      ...d.counterparts.edges.map((e: Json) => [
        ...counterpart(e.node, e.node.person),
        e.node.person.country?.id ?? null,
      ]),
    ],
    peerItems: (d) => [
      [d.people[0].id, d.people[0].counterpartCount],
      ...d.people[0].counterparts.map((c: Json) => [
        ...counterpart(c, c.person),
        c.person.countryNode?.id ?? null,
      ]),
    ],
  },
  {
    operation: 'MeetingsBetween',
    parleyVariables: vars('MeetingsBetween'),
    peerVariables: {
      a: personKey(str('MeetingsBetween', 'a')),
      b: personKey(str('MeetingsBetween', 'b')),
    },
    parleyItems: (d) => [
      d.meetingsBetween.totalCount,
      ...d.meetingsBetween.edges.map((e: Json) => meeting(e.node, true, true)),
    ],
    peerItems: (d) => [
      d.meetingsConnection.totalCount,
      ...d.meetingsConnection.edges.map((e: Json) => meeting(e.node, false, true)),
    ],
  },
  {
    operation: 'PersonProfile',
    parleyVariables: vars('PersonProfile'),
    peerVariables: { pkey: personKey(str('PersonProfile', 'name')) },
    parleyItems: (d) => {
      const p = d.person;
      return [
        [p.id, p.name, p.title, p.country?.id ?? null, p.firstSeen, p.lastSeen],
        p.positions
          .map((x: Json) => [x.organization.id, x.title, x.since, x.until, x.sources.edges.length].join('|'))
          .sort(),
        p.counterparts.totalCount,
        ...p.counterparts.edges.map((e: Json) => counterpart(e.node, e.node.person)),
        p.meetings.totalCount,
        ...p.meetings.edges.map((e: Json) => [
          e.node.id,
          e.node.date,
          e.node.place?.id ?? null,
          e.node.sources.length,
        ]),
      ];
    },
    peerItems: (d) => {
      const p = d.people[0];
      const sources = new Map<string, number>(
        p.positionSources.map((s: Json) => [`${s.organizationId}|${s.title}`, s.sources.length]),
      );
      return [
        [p.id, p.name, p.title, p.countryNode?.id ?? null, p.firstSeen, p.lastSeen],
        p.positionsConnection.edges
          .map((e: Json) =>
            [
              e.node.id,
              e.properties.title,
              e.properties.since,
              e.properties.until,
              sources.get(`${e.node.id}|${e.properties.title}`),
            ].join('|'),
          )
          .sort(),
        p.counterpartCount,
        ...p.counterparts.map((c: Json) => counterpart(c, c.person)),
        p.attendedConnection.totalCount,
        ...p.attendedConnection.edges.map((e: Json) => [
          e.node.id,
          e.node.date,
          first(e.node.place as Json[])?.id ?? null,
          e.node.reportedByConnection.edges.length,
        ]),
      ];
    },
  },
  {
    operation: 'MeetingsInRange',
    parleyVariables: vars('MeetingsInRange'),
    // the window as Parley reads partial dates: from the first day of `from` to the last day of `to`
    peerVariables: {
      from: `${str('MeetingsInRange', 'from')}-01-01`,
      to: `${str('MeetingsInRange', 'to')}-12-31`,
      country: str('MeetingsInRange', 'country'),
      first: vars('MeetingsInRange').first,
    },
    parleyItems: (d) => [
      d.meetings.totalCount,
      ...d.meetings.edges.map((e: Json) => meeting(e.node, true, false)),
    ],
    peerItems: (d) => [
      d.meetingsConnection.totalCount,
      ...d.meetingsConnection.edges.map((e: Json) => meeting(e.node, false, false)),
    ],
  },
  {
    operation: 'TopicMeetings',
    parleyVariables: vars('TopicMeetings'),
    peerVariables: {
      name: str('TopicMeetings', 'topic'),
      key: foldName(str('TopicMeetings', 'topic')),
    },
    parleyItems: (d) => [
      d.topicMeetings.topics.map((t: Json) => t.id),
      d.topicMeetings.totalCount,
      ...d.topicMeetings.edges.map((e: Json) => meeting(e.node, true, false)),
    ],
    peerItems: (d) => [
      d.topics.map((t: Json) => t.id),
      d.meetingsConnection.totalCount,
      ...d.meetingsConnection.edges.map((e: Json) => meeting(e.node, false, false)),
    ],
  },
  {
    operation: 'ShortestPath',
    parleyVariables: vars('ShortestPath'),
    peerVariables: {
      from: personKey(str('ShortestPath', 'from')),
      to: personKey(str('ShortestPath', 'to')),
    },
    // equal-length shortest paths may break ties differently: compared are the length and the two ends
    parleyItems: (d) => {
      const p = d.shortestPath;
      return [p.length, p.nodes[0].id, p.nodes[p.nodes.length - 1].id, p.edges.length];
    },
    peerItems: (d) => {
      const p = d.shortestPath;
      return [p.length, p.nodes[0].id, p.nodes[p.nodes.length - 1].id, p.edges.length];
    },
  },
  {
    operation: 'Neighborhood',
    parleyVariables: vars('Neighborhood'),
    peerVariables: { key: personKey(str('Neighborhood', 'name')) },
    parleyItems: (d) => neighborhoodItems(d.neighborhood),
    peerItems: (d) => neighborhoodItems(d.neighborhood),
  },
  {
    operation: 'Search',
    parleyVariables: vars('Search'),
    peerVariables: { query: searchQuery(str('Search', 'text')).query },
    parleyItems: (d) => [
      d.search.totalCount,
      ...d.search.edges.map((e: Json) => [e.node.id, e.node.label, e.node.score.toFixed(4)]),
    ],
    peerItems: (d) => [d.searchCount, ...d.search.map((h: Json) => [h.id, h.label, h.score.toFixed(4)])],
  },
  {
    operation: 'TopicTrends',
    parleyVariables: vars('TopicTrends'),
    peerVariables: { country: str('TopicTrends', 'country') },
    parleyItems: (d) => [
      ...d.topicTrends.rows.map((r: Json) => [r.month, r.topic.id, r.count]),
      ...d.topicTrends.countryPairs.map((r: Json) => [r.month, r.topic.id, r.countries.join('-'), r.count]),
    ],
    peerItems: (d) => [
      ...d.topicTrends.map((r: Json) => [r.month, r.topicId, r.count]),
      ...d.topicCountryPairs.map((r: Json) => [r.month, r.topicId, r.countries.join('-'), r.count]),
    ],
  },
  {
    operation: 'OrganizationPeople',
    parleyVariables: vars('OrganizationPeople'),
    peerVariables: { key: foldName(str('OrganizationPeople', 'name')) },
    parleyItems: (d) => {
      const o = d.organization;
      return [
        [o.id, o.country?.id ?? null, o.parent?.id ?? null, o.departments.map((x: Json) => x.id)],
        o.people.totalCount,
        ...o.people.edges.map((e: Json) =>
          [e.node.person.id, e.node.organization.id, e.node.title, e.node.since, e.node.until].join('|'),
        ),
      ];
    },
    peerItems: (d) => {
      const o = d.organizations[0];
      return [
        [
          o.id,
          o.countryNode?.id ?? null,
          first(o.parent as Json[])?.id ?? null,
          o.departments.map((x: Json) => x.id),
        ],
        o.peopleCount,
        ...o.people.map((r: Json) => [r.person.id, r.organization.id, r.title, r.since, r.until].join('|')),
      ];
    },
  },
];

/** A neighborhood as a set: whether it was cut, each node with its depth, each edge (source, target, type). */
function neighborhoodItems(n: Json): unknown[] {
  return [
    n.truncated,
    n.nodes.map((x: Json) => `${x.id}@${x.depth}`).sort(),
    n.edges.map((e: Json) => `${e.source}-${e.type}->${e.target}`).sort(),
  ];
}

export interface Equivalence {
  items: number;
  same: number;
  firstDifference?: { index: number; parley: unknown; peer: unknown };
}

/** Compares the two answers item by item (JSON equality of each item, in order). */
export function compareAnswers(c: PeerCase, parleyData: Json, peerData: Json): Equivalence {
  const a = c.parleyItems(parleyData);
  const b = c.peerItems(peerData);
  const n = Math.max(a.length, b.length);
  let same = 0;
  let firstDifference: Equivalence['firstDifference'];
  for (let i = 0; i < n; i++) {
    if (JSON.stringify(a[i]) === JSON.stringify(b[i])) same++;
    else firstDifference ??= { index: i, parley: a[i], peer: b[i] };
  }
  return { items: n, same, firstDifference };
}
