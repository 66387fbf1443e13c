import type { Plugin } from 'vite';

// Dev-only stand-in for /graphql (PARLEY_MOCK=1 npm run dev:web): a tiny fixed graph, never used by tests.

interface N {
  id: string;
  label: string;
  name: string;
  date?: string;
  title?: string;
}

const nodes: N[] = [
  { id: 'person:antony-blinken', label: 'Person', name: 'Antony Blinken', title: 'Secretary of State' },
  { id: 'person:park-jin', label: 'Person', name: 'Park Jin', title: 'Foreign Minister' },
  { id: 'person:hayashi-yoshimasa', label: 'Person', name: 'Hayashi Yoshimasa', title: 'Foreign Minister' },
  { id: 'meeting:m1', label: 'Meeting', name: 'Blinken–Park meeting', date: '2023-02-13' },
  { id: 'meeting:m2', label: 'Meeting', name: 'Trilateral meeting', date: '2023-05-20' },
  { id: 'topic:north-korea', label: 'Topic', name: 'North Korea' },
  { id: 'topic:supply-chains', label: 'Topic', name: 'supply chains' },
  { id: 'org:us:department-of-state', label: 'Organization', name: 'Department of State' },
  { id: 'place:us:washington', label: 'Place', name: 'Washington' },
  { id: 'US', label: 'Country', name: 'United States' },
];
const edges = [
  ['person:antony-blinken', 'meeting:m1', 'ATTENDED'],
  ['person:park-jin', 'meeting:m1', 'ATTENDED'],
  ['person:antony-blinken', 'meeting:m2', 'ATTENDED'],
  ['person:park-jin', 'meeting:m2', 'ATTENDED'],
  ['person:hayashi-yoshimasa', 'meeting:m2', 'ATTENDED'],
  ['meeting:m1', 'topic:north-korea', 'DISCUSSED'],
  ['meeting:m2', 'topic:supply-chains', 'DISCUSSED'],
  ['meeting:m1', 'place:us:washington', 'HELD_IN'],
  ['place:us:washington', 'US', 'IN_COUNTRY'],
  ['person:antony-blinken', 'org:us:department-of-state', 'HOLDS_POSITION'],
].map(([source = '', target = '', type = '']) => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  title: null,
  sourceCount: 1,
}));

const source = {
  articleId: 'a1',
  title: 'Secretary Blinken’s Meeting with Foreign Minister Park',
  date: '2023-02-13',
  source: 'state.gov',
  url: null,
  sentence: 'Secretary Blinken met with Republic of Korea Foreign Minister Park Jin in Washington.',
  start: 0,
  end: 80,
};

function find(name: unknown): N | undefined {
  const key = String(name).toLowerCase();
  return nodes.find((n) => n.id === name || n.name.toLowerCase().includes(key));
}

function hood(name: unknown) {
  const center = find(name);
  if (!center) return null;
  const near = new Set([center.id]);
  for (const e of edges)
    if (e.source === center.id || e.target === center.id) near.add(e.source).add(e.target);
  return {
    center,
    truncated: false,
    nodes: nodes
      .filter((n) => near.has(n.id))
      .map((n) => ({
        depth: n.id === center.id ? 0 : 1,
        kind: null,
        country: null,
        date: null,
        title: null,
        ...n,
      })),
    edges: edges.filter((e) => near.has(e.source) && near.has(e.target)),
  };
}

function meeting(n: N) {
  const people = edges
    .filter((e) => e.target === n.id && e.type === 'ATTENDED')
    .map((e) => find(e.source) as N);
  return {
    ...n,
    kind: 'meeting',
    format: 'in_person',
    place: {
      id: 'place:us:washington',
      label: 'Place',
      name: 'Washington',
      country: { id: 'US', label: 'Country', name: 'United States' },
    },
    participants: people.map((p) => ({ role: 'principal', title: p.title, person: { ...p, country: null } })),
    topics: edges.filter((e) => e.source === n.id && e.type === 'DISCUSSED').map((e) => find(e.target)),
    sources: [source],
  };
}

const meetings = nodes.filter((n) => n.label === 'Meeting');
const conn = <T>(list: T[]) => ({
  totalCount: list.length,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: list.map((node) => ({ cursor: 'c', node })),
});

function answer(op: string, v: Record<string, unknown>): unknown {
  switch (op) {
    case 'Search': {
      const text = String(v.text).toLowerCase();
      const hits = nodes.filter((n) => n.name.toLowerCase().includes(text));
      return {
        search: conn(
          hits.map((n) => ({
            ...n,
            score: 1,
            snippet: n.name,
            highlights: [
              {
                start: n.name.toLowerCase().indexOf(text),
                end: n.name.toLowerCase().indexOf(text) + text.length,
              },
            ],
            date: n.date ?? null,
          })),
        ),
      };
    }
    case 'Neighborhood':
      return { neighborhood: hood(v.name) };
    case 'PersonArticles': {
      const p = find(v.name);
      if (!p || p.label !== 'Person') return { person: null };
      return {
        person: {
          id: p.id,
          name: p.name,
          mentionedIn: {
            totalCount: 1,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [{ node: source }],
          },
        },
      };
    }
    case 'PersonProfile': {
      const p = find(v.name);
      if (!p || p.label !== 'Person') return { person: null };
      return {
        person: {
          ...p,
          aliases: [],
          firstSeen: '2023-02-13',
          lastSeen: '2023-05-20',
          country: { id: 'US', label: 'Country', name: 'United States' },
          positions: [
            {
              title: p.title,
              since: '2023-02-13',
              until: '2023-05-20',
              organization: { ...find('org:us:department-of-state'), kind: 'ministry', country: null },
              sources: [source],
            },
          ],
          counterparts: conn(
            nodes
              .filter((n) => n.label === 'Person' && n.id !== p.id)
              .map((c) => ({ sharedMeetings: 2, firstDate: '2023-02', lastDate: '2023-05', person: c })),
          ),
          meetings: conn(meetings.map((m) => ({ ...meeting(m) }))),
        },
      };
    }
    case 'MeetingsBetween':
      return { meetingsBetween: conn(meetings.map(meeting)) };
    case 'TopicMeetings':
      return { topicMeetings: { topics: [find(v.topic)], ...conn(meetings.map(meeting)) } };
    case 'OrganizationPeople':
      return {
        organization: {
          ...find(v.name),
          kind: 'ministry',
          country: null,
          parent: null,
          departments: [],
          people: conn([]),
        },
      };
    case 'ShortestPath':
      return {
        shortestPath: { length: 2, nodes: [find(v.from), nodes[3], find(v.to)], edges: [edges[0], edges[1]] },
      };
    case 'TopicTrends':
      return {
        topicTrends: {
          months: ['2023-02', '2023-05'],
          rows: [
            { month: '2023-02', count: 1, topic: nodes[5] },
            { month: '2023-05', count: 1, topic: nodes[6] },
          ],
          totals: [],
          countryPairs: [{ month: '2023-02', countries: ['KR', 'US'], count: 1, topic: nodes[5] }],
        },
      };
    default:
      return null;
  }
}

export function mockApi(): Plugin {
  return {
    name: 'parley-mock-api',
    configureServer(server) {
      server.middlewares.use('/graphql', (req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
          const { operationName, variables } = JSON.parse(body || '{}') as {
            operationName: string;
            variables: Record<string, unknown>;
          };
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ data: answer(operationName, variables ?? {}) }));
        });
      });
    },
  };
}
