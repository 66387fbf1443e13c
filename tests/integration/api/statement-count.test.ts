import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { testClient } from '../../support/test-database';
import { dropEmptyBuckets } from './api-fixture';
import { apiHarness } from './api-harness';

// No N+1: the statements a request runs do not grow with the number of parents.

const PREFIX = 'apitestn1';
const COUNTRY = 'XN';
type AnyData = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SEED = `
MERGE (c:Country {id: $country}) SET c.name = 'Nplusonia'
WITH c
UNWIND range(1, $meetings) AS i
CREATE (m:Meeting {id: 'meeting:' + $prefix + '-' + i, name: 'N1 meeting ' + i, kind: 'meeting', date: '2022-01-' + right('0' + i, 2),
  dateStart: date('2022-01-01') + duration({days: i - 1}), dateEnd: date('2022-01-01') + duration({days: i - 1}), datePrecision: 'day'})
WITH c, m, i
UNWIND range(1, 3) AS j
CREATE (p:Person {id: 'person:' + $prefix + '-' + i + '-' + j, name: 'N1 Person ' + i + ' ' + j, country: $country, aliases: [], nameKeys: []})
CREATE (p)-[:ATTENDED {role: 'participant', title: 'Envoy', articles: []}]->(m)
CREATE (p)-[:REPRESENTS {articles: []}]->(c)
CREATE (o:Organization {id: 'org:xn:' + $prefix + i + j, name: 'N1 Office ' + i + j, kind: 'office', country: $country, aliases: [], nameKeys: []})
CREATE (p)-[:HOLDS_POSITION {title: 'Envoy', since: date('2022-01-01'), until: date('2022-02-01'), articles: []}]->(o)
`;

const QUERY = `query Nested($first: Int) {
  meetings(country: "${COUNTRY}", from: "2022", to: "2022", first: $first) {
    edges { node { id participants { title person { id positions { title organization { id name } } } } } }
  }
}`;

const NO_PREFETCH = `query NestedFromPeople($first: Int) {
  meetings(country: "${COUNTRY}", from: "2022", to: "2022", first: $first) {
    edges { node { id participants { person { id meetings(first: 5) { edges { node { id topics { id } place { id } } } } } } } }
  }
}`;

let client: Neo4jClient;
let api: Awaited<ReturnType<typeof apiHarness>>;

async function clean() {
  await client.runRaw(
    `MATCH (n) WHERE n.id STARTS WITH 'meeting:${PREFIX}' OR n.id STARTS WITH 'person:${PREFIX}' OR n.id STARTS WITH 'org:xn:${PREFIX}'
       OR (n:Country AND n.id = '${COUNTRY}') DETACH DELETE n`,
  );
  await dropEmptyBuckets(client);
}

beforeAll(async () => {
  client = testClient();
  await clean();
  await client.runRaw(SEED, { prefix: PREFIX, country: COUNTRY, meetings: 20 });
  // the tally buckets MeetingsInRange reads, as the loader derives them
  const meetings = Array.from({ length: 20 }, (_, i) => `meeting:${PREFIX}-${i + 1}`);
  await client.write('load/refresh-tallies', { batch: { articles: [], meetings, people: [] } });
  api = await apiHarness(client);
});

afterAll(async () => {
  await api?.stop();
  await clean();
  await client.close();
});

test('20 meetings with participants and their positions run as many statements as 2', async () => {
  const two = await api.run<AnyData>(QUERY, { first: 2 });
  const twenty = await api.run<AnyData>(QUERY, { first: 20 });
  expect(two.errors).toBeUndefined();
  expect(twenty.errors).toBeUndefined();
  expect(two.data!.meetings.edges).toHaveLength(2);
  expect(twenty.data!.meetings.edges).toHaveLength(20);
  // The answers are complete: 3 participants per meeting, each with a position.
  for (const edge of twenty.data!.meetings.edges) {
    expect(edge.node.participants).toHaveLength(3);
    for (const p of edge.node.participants) expect(p.person.positions[0].title).toBe('Envoy');
  }
  expect(twenty.statements.length).toBe(two.statements.length);
  expect(twenty.statements).toEqual(['queries/meetings-in-range', 'queries/person-positions']);
});

test('nested connections and children batch per level too', async () => {
  const two = await api.run<AnyData>(NO_PREFETCH, { first: 2 });
  const twenty = await api.run<AnyData>(NO_PREFETCH, { first: 20 });
  expect(twenty.errors).toBeUndefined();
  expect(twenty.data!.meetings.edges[19].node.participants[0].person.meetings.edges).toHaveLength(1);
  expect(twenty.statements.length).toBe(two.statements.length);
  expect([...twenty.statements].sort()).toEqual([
    'queries/meeting-children',
    'queries/meetings-in-range',
    'queries/person-meetings',
  ]);
});
