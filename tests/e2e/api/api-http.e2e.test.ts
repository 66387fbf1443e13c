import fs from 'node:fs';
import path from 'node:path';
import { createKey, envEntry } from '../../../src/auth/api-keys';
import { loadConfig } from '../../../src/config';
import { composeParley } from '../../../src/composition-root';
import { loadRegistry } from '../../../src/neo4j/database';
import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { startHttpServer, type RunningServer } from '../../../src/server/http-server';
import { testClient, testLogger } from '../../support/test-database';

// The whole service over HTTP against the graph loaded from the sample corpus: answers, not just the absence of errors.

const ROOT = path.join(__dirname, '..', '..', '..');
const OPS = path.join(ROOT, 'examples', 'operations');
type AnyData = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let client: Neo4jClient;
let server: RunningServer;
const ingested: string[] = [];
const editor = createKey('editor', 'e2e');

interface GraphQLResponse {
  status: number;
  body: { data?: AnyData | null; errors?: { message: string; extensions?: AnyData }[]; extensions?: AnyData };
}

async function post(body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-parley-statements': '1', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse['body'] };
}

async function op(name: string, variables: AnyData, headers: Record<string, string> = {}): Promise<AnyData> {
  const query = fs.readFileSync(path.join(OPS, `${name}.graphql`), 'utf8');
  const { status, body } = await post({ query, variables, operationName: name }, headers);
  expect({ name, status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
  return body.data!;
}

beforeAll(async () => {
  client = testClient();
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    PARLEY_API_KEYS: envEntry(editor.stored),
    PARLEY_KEYS_FILE: path.join(ROOT, '.parley', 'no-such-keys.json'),
  });
  const parley = composeParley({ config, logger: testLogger, client });
  const report = await parley.loader.loadPaths([path.join(ROOT, 'data', 'sample')]);
  expect(report.failed).toEqual([]);
  server = await startHttpServer({ parley, registry: loadRegistry(config) });
});

afterAll(async () => {
  await server?.close();
  // Only what the ingest test created; the sample stays loaded (idempotent, shared by the e2e tier).
  if (ingested.length) await client.runRaw('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: ingested });
  await client?.close();
});

const seedMeeting = '10th Vice Foreign Ministerial Strategic Dialogue';

/** The dialogue's topics as the graph holds them (the extractor decides them; the API must report them all). */
async function seedTopics(): Promise<string[]> {
  const rows = await client.runRaw<{ name: string }>(
    'MATCH (:Meeting {name: $m})-[:DISCUSSED]->(t:Topic) RETURN t.name AS name ORDER BY name',
    { m: seedMeeting },
  );
  return rows.map((r) => r.name).sort();
}

test('Counterparts of Kim Hong-kyun are the people at the Seoul dialogue', async () => {
  const d = await op('Counterparts', { name: 'Hong-kyun Kim' });
  expect(d.counterparts.person.name).toBe('Kim Hong-kyun');
  const byName = Object.fromEntries(d.counterparts.edges.map((e: AnyData) => [e.node.person.name, e.node]));
  expect(Object.keys(byName)).toEqual(expect.arrayContaining(['Ma Zhaoxu', 'Yi Won-woo', 'Zheng Liqiao']));
  expect(byName['Ma Zhaoxu']).toMatchObject({
    sharedMeetings: 1,
    firstDate: '2024-07-24',
    lastDate: '2024-07-24',
  });
  expect(byName['Ma Zhaoxu'].person.country.id).toBe('CN');
});

test('MeetingsBetween gives the dialogue with its place, titles held, topics and sources', async () => {
  const d = await op('MeetingsBetween', { a: 'Kim Hong-kyun', b: 'ma zhaoxu' });
  const m = d.meetingsBetween.edges.map((e: AnyData) => e.node).find((x: AnyData) => x.name === seedMeeting);
  expect(m).toMatchObject({
    kind: 'dialogue',
    date: '2024-07-24',
    place: { name: 'Seoul', country: { id: 'KR' } },
  });
  const titles = Object.fromEntries(m.participants.map((p: AnyData) => [p.person.name, p.title]));
  expect(titles).toMatchObject({
    'Kim Hong-kyun': 'First Vice Foreign Minister',
    // (the seed writes "Executive Vice Minister of Foreign Affairs": the graph keeps one form per post)
    'Ma Zhaoxu': 'Executive Vice Foreign Minister',
  });
  expect(m.topics.map((t: AnyData) => t.name).sort()).toEqual(await seedTopics());
  expect(m.sources.length).toBeGreaterThan(0);
  expect(m.sources[0]).toMatchObject({ date: '2024-07-25' });
  expect(m.sources.some((s: AnyData) => /Kim Hong-kyun/.test(s.sentence))).toBe(true);
});

test('PersonProfile of Antony Blinken: Secretary of State, the United States, meetings in date order', async () => {
  const d = await op('PersonProfile', { name: 'Antony Blinken' });
  const p = d.person;
  expect(p.name).toMatch(/Blinken/);
  expect(p.country.id).toBe('US');
  expect(p.positions.map((x: AnyData) => x.title)).toContain('Secretary of State');
  const dates = p.meetings.edges.map((e: AnyData) => e.node.date);
  expect(dates.length).toBeGreaterThan(3);
  expect([...dates].sort()).toEqual(dates);
  expect(p.counterparts.totalCount).toBeGreaterThan(0);
});

test('MeetingsInRange pages Korean meetings of 2024 newest first', async () => {
  const all = await op('MeetingsInRange', { from: '2024', to: '2024-12-31', country: 'KR' });
  const names = all.meetings.edges.map((e: AnyData) => e.node.name);
  expect(names).toContain(seedMeeting);
  const starts = all.meetings.edges.map((e: AnyData) => e.node.date);
  expect(all.meetings.edges.every((e: AnyData) => e.node.date.startsWith('2024'))).toBe(true);
  expect([...starts].sort().reverse()).toEqual(starts);
  const first = await op('MeetingsInRange', { from: '2024', to: '2024-12-31', country: 'KR', first: 1 });
  expect(first.meetings.totalCount).toBe(all.meetings.totalCount);
  if (all.meetings.totalCount > 1) {
    const next = await op('MeetingsInRange', {
      from: '2024',
      to: '2024-12-31',
      country: 'KR',
      first: 1,
      after: first.meetings.pageInfo.endCursor,
    });
    expect(next.meetings.edges[0].node.id).toBe(all.meetings.edges[1].node.id);
  }
});

test('TopicMeetings finds the dialogue through each of its topics', async () => {
  const [topic] = await seedTopics();
  expect(topic).toBeDefined();
  const d = await op('TopicMeetings', { topic: topic!.toUpperCase() });
  expect(d.topicMeetings.topics.map((t: AnyData) => t.name)).toContain(topic);
  const m = d.topicMeetings.edges.map((e: AnyData) => e.node).find((x: AnyData) => x.name === seedMeeting);
  expect(m.place.name).toBe('Seoul');
  expect(m.participants.map((p: AnyData) => p.person.name)).toContain('Ma Zhaoxu');
});

test('ShortestPath links Ma Zhaoxu and Kim Hong-kyun through their meeting', async () => {
  const d = await op('ShortestPath', { from: 'Ma Zhaoxu', to: 'Kim Hong-kyun' });
  const p = d.shortestPath;
  expect(p.length).toBe(2);
  expect(p.nodes.map((n: AnyData) => n.name)).toEqual(['Ma Zhaoxu', seedMeeting, 'Kim Hong-kyun']);
  expect(p.edges.map((e: AnyData) => e.type)).toEqual(['ATTENDED', 'ATTENDED']);
});

test('Neighborhood of Kim Hong-kyun holds the dialogue and South Korea, with edges among the nodes', async () => {
  const d = await op('Neighborhood', { name: 'Kim Hong-kyun', depth: 1 });
  const n = d.neighborhood;
  const ids = new Set(n.nodes.map((x: AnyData) => x.id));
  expect(n.nodes.map((x: AnyData) => x.name)).toEqual(
    expect.arrayContaining(['Kim Hong-kyun', seedMeeting, 'South Korea']),
  );
  for (const e of n.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  const two = await op('Neighborhood', { name: 'Kim Hong-kyun', depth: 2 });
  expect(two.neighborhood.nodes.map((x: AnyData) => x.name)).toContain('Ma Zhaoxu');
});

test('Search ranks Ma Zhaoxu first for "Zhaoxu"', async () => {
  const d = await op('Search', { text: 'Zhaoxu' });
  expect(d.search.edges[0].node).toMatchObject({
    label: 'Person',
    name: 'Ma Zhaoxu',
    snippet: 'Ma Zhaoxu',
    highlights: [{ start: 3, end: 9 }],
  });
  // best first, and the count covers the page
  const scores = d.search.edges.map((e: AnyData) => e.node.score as number);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(d.search.totalCount).toBeGreaterThanOrEqual(d.search.edges.length);
});

test("TopicTrends counts the dialogue's topics in July 2024 for South Korea", async () => {
  const d = await op('TopicTrends', { country: 'KR', from: '2024-07', to: '2024-07' });
  expect(d.topicTrends.months).toEqual(['2024-07']);
  for (const topic of await seedTopics()) {
    const row = d.topicTrends.rows.find((r: AnyData) => r.topic.name === topic);
    expect(row).toMatchObject({ month: '2024-07' });
    expect(row.count).toBeGreaterThanOrEqual(1);
  }
  expect(d.topicTrends.countryPairs.some((r: AnyData) => r.countries.join() === 'CN,KR')).toBe(true);
});

test('TopicTrends for a chart of one kind of series answers only that kind, with one statement fewer for topics', async () => {
  const query = fs.readFileSync(path.join(OPS, 'TopicTrends.graphql'), 'utf8');
  const ask = async (extra: AnyData) => {
    const variables = { country: 'KR', from: '2024-07', to: '2024-07', ...extra };
    const { status, body } = await post({ query, variables, operationName: 'TopicTrends' });
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return {
      trends: body.data!.topicTrends as AnyData,
      statements: body.extensions!.statements.count as number,
    };
  };
  const both = await ask({});
  const topics = await ask({ byPair: false });
  const pairs = await ask({ byTopic: false });
  expect(both.trends.countryPairs.length).toBeGreaterThan(0);
  expect(topics.trends).toEqual({
    months: both.trends.months,
    rows: both.trends.rows,
    totals: both.trends.totals,
  });
  expect(pairs.trends).toEqual({ months: both.trends.months, countryPairs: both.trends.countryPairs });
  expect(topics.statements).toBe(both.statements - 1);
});

test('OrganizationPeople of the State Department lists Blinken as Secretary of State', async () => {
  const d = await op('OrganizationPeople', { name: 'Department of State' });
  expect(d.organization.country.id).toBe('US');
  const held = d.organization.people.edges.map((e: AnyData) => [e.node.person.name, e.node.title]);
  expect(held).toEqual(expect.arrayContaining([[expect.stringMatching(/Blinken/), 'Secretary of State']]));
});

test('IngestArticle extracts, loads and reports what it created; the new people are queryable', async () => {
  const text =
    'South Korean First Vice Foreign Minister Kim Zetaquon met with Japanese Vice Foreign Minister Tanaka Zetamori in Seoul ' +
    'on Monday for talks on supply chains.\n\nThe two vice ministers agreed to strengthen cooperation, the Foreign Ministry said.';
  const d = await op(
    'IngestArticle',
    { text, title: 'Zetaquon meets Zetamori', date: '2024-09-02', source: 'e2e' },
    { authorization: `Bearer ${editor.key}` },
  );
  const r = d.ingestArticle;
  ingested.push(
    r.articleId,
    ...[...r.people, ...r.meetings, ...r.topics]
      .filter((x: AnyData) => x.status === 'CREATED')
      .map((x: AnyData) => x.id),
  );
  expect(r.article).toMatchObject({ label: 'Article', title: 'Zetaquon meets Zetamori', date: '2024-09-02' });
  expect(r.people.map((p: AnyData) => p.name).sort()).toEqual(['Kim Zetaquon', 'Tanaka Zetamori']);
  expect(r.people.every((p: AnyData) => p.status === 'CREATED')).toBe(true);
  expect(r.meetings[0].date).toBe('2024-09-02');
  const c = await op('Counterparts', { name: 'Zetaquon Kim' });
  expect(c.counterparts.edges.map((e: AnyData) => e.node.person.name)).toEqual(['Tanaka Zetamori']);
});

describe('bad input over HTTP never gives a 500, a stack or Cypher, and the server keeps serving', () => {
  const leaks = /Neo4j|Cypher|MATCH \(|statement|\.ts:\d+|at \w+ \(/;

  test.each([
    ['a name with quotes', 'Counterparts', { name: `Kim" OR 1=1 //` }],
    ['a name with backslashes', 'PersonProfile', { name: 'Kim\\Hong\\' }],
    ['Cypher keywords', 'Neighborhood', { name: 'MATCH (n) DETACH DELETE n', depth: 1 }],
    ['10,000 characters', 'MeetingsBetween', { a: 'x'.repeat(10_000), b: 'Ma Zhaoxu' }],
  ])('%s: empty answer', async (_what, name, variables) => {
    await op(name, variables);
  });

  test.each([
    ['negative first', 'MeetingsInRange', { first: -5 }, 'first'],
    ['huge first', 'MeetingsInRange', { first: 100_000 }, 'first'],
    ['malformed cursor', 'MeetingsInRange', { after: 'bm90IGEgY3Vyc29y' }, 'after'],
    ['a date that is not a date', 'MeetingsInRange', { from: '2024-02-30' }, 'from'],
    ['depth 50', 'Neighborhood', { name: 'Kim Hong-kyun', depth: 50 }, 'depth'],
    ['a search of 10,000 characters', 'Search', { text: 'x'.repeat(10_000) }, 'text'],
  ])('%s: BAD_USER_INPUT naming the variable', async (_what, name, variables, variable) => {
    const query = fs.readFileSync(path.join(OPS, `${name}.graphql`), 'utf8');
    const { status, body } = await post({ query, variables, operationName: name });
    expect(status).toBeLessThan(500);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', variable });
    expect(body.errors![0]!.message).toContain(`$${variable}`);
    expect(JSON.stringify(body.errors)).not.toMatch(leaks);
  });

  test.each([
    ['an unknown operation name', { query: 'query A { person(name: "x") { id } }', operationName: 'Nope' }],
    ['a syntax error', { query: '{ person(name: "x") { id ' }],
    ['an unknown field', { query: '{ persons { id } }' }],
    [
      'a variable of the wrong type',
      {
        query: 'query($d: Int!) { neighborhood(name: "x", depth: $d) { truncated } }',
        variables: { d: 'deep' },
      },
    ],
    ['malformed JSON', '{"query": "{ person(name: \\"x\\") { id } }"'],
    ['no query', {}],
  ])('%s: a 4xx GraphQL error', async (_what, body) => {
    const res = await post(body);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.body)).not.toMatch(/\.ts:\d+|at \w+ \(/);
  });

  test('a query over the cost limit is QUERY_TOO_COMPLEX with the cost and the limit', async () => {
    const res = await post({
      query:
        '{ meetings(first: 100) { edges { node { participants { person { meetings(first: 100) { edges { node { id } } } } } } } } }',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 5000 });
    expect(res.body.errors![0]!.extensions!.cost).toBeGreaterThan(5000);
  });

  test('GET serves simple queries; health and readiness answer; the server still serves', async () => {
    const get = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ person(name: "Ma Zhaoxu") { name } }')}`,
    );
    expect(await get.json()).toEqual({ data: { person: { name: 'Ma Zhaoxu' } } });
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    const search = await op('Search', { text: 'Zhaoxu' });
    expect(search.search.edges[0].node.name).toBe('Ma Zhaoxu');
  });
});
