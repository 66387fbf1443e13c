import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import * as generated from '../../../src/client/generated/graphql';
import {
  counterpartsOfCounterparts,
  CounterpartsPageDocument,
  expand,
  isParleyClientError,
  paginate,
  ParleyClient,
  shortestPath,
} from '../../../src/client';
import { createKey, envEntry } from '../../../src/auth/api-keys';
import { composeParley } from '../../../src/composition-root';
import { loadConfig } from '../../../src/config';
import { loadRegistry } from '../../../src/neo4j/database';
import { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { startHttpServer, type RunningServer } from '../../../src/server/http-server';
import { testLogger } from '../../support/test-database';

// The typed client against the real server on the sample graph: every named operation, the page iterator, and the
// breadth-first expansion with its statements per level bounded.

const ROOT = path.join(__dirname, '..', '..', '..');
const P = 'clienttest';
const editor = createKey('editor', 'client-e2e');
let neo4j: Neo4jClient;
let server: RunningServer;
let client: ParleyClient;
const ingested: string[] = [];

// A star: the hub met each of 12 spokes once in 2022 (and spoke 1 again in 2023); spoke i met rim i in 2022.
const SEED = `
UNWIND range(1, $n) AS i
MERGE (hub:Person {id: 'person:' + $p + '-hub'}) SET hub.name = 'Clienttest Hub', hub.aliases = [], hub.nameKeys = []
CREATE (s:Person {id: 'person:' + $p + '-spoke-' + i, name: 'Clienttest Spoke ' + i, aliases: [], nameKeys: []})
CREATE (r:Person {id: 'person:' + $p + '-rim-' + i, name: 'Clienttest Rim ' + i, aliases: [], nameKeys: []})
CREATE (m1:Meeting {id: 'meeting:' + $p + '-hub-' + i, name: 'Hub talks ' + i, kind: 'talks', date: '2022-03-' + right('0' + i, 2),
  dateStart: date('2022-03-01') + duration({days: i - 1}), dateEnd: date('2022-03-01') + duration({days: i - 1}), datePrecision: 'day', aliases: [], nameKeys: []})
CREATE (m2:Meeting {id: 'meeting:' + $p + '-rim-' + i, name: 'Rim talks ' + i, kind: 'talks', date: '2022-06-' + right('0' + i, 2),
  dateStart: date('2022-06-01') + duration({days: i - 1}), dateEnd: date('2022-06-01') + duration({days: i - 1}), datePrecision: 'day', aliases: [], nameKeys: []})
CREATE (hub)-[:ATTENDED {role: 'principal', title: 'Envoy', articles: []}]->(m1)
CREATE (s)-[:ATTENDED {role: 'principal', title: 'Envoy', articles: []}]->(m1)
CREATE (s)-[:ATTENDED {role: 'principal', title: 'Envoy', articles: []}]->(m2)
CREATE (r)-[:ATTENDED {role: 'principal', title: 'Envoy', articles: []}]->(m2)
WITH hub WHERE true
WITH DISTINCT hub
MATCH (s1:Person {id: 'person:' + $p + '-spoke-1'})
CREATE (m3:Meeting {id: 'meeting:' + $p + '-late', name: 'Late talks', kind: 'talks', date: '2023-05-01',
  dateStart: date('2023-05-01'), dateEnd: date('2023-05-01'), datePrecision: 'day', aliases: [], nameKeys: []})
CREATE (hub)-[:ATTENDED {role: 'principal', articles: []}]->(m3)
CREATE (s1)-[:ATTENDED {role: 'principal', articles: []}]->(m3)
`;

async function clean() {
  await neo4j.runRaw(
    `MATCH (n) WHERE n.id STARTS WITH 'person:${P}' OR n.id STARTS WITH 'meeting:${P}' DETACH DELETE n`,
  );
}

beforeAll(async () => {
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    PARLEY_QUERY_TIMEOUT_MS: '60000', // a busy shared machine must not turn slow answers into errors
    PARLEY_API_KEYS: envEntry(editor.stored),
  });
  neo4j = Neo4jClient.create({ ...config.neo4j, uri: config.neo4j.uri! }, loadRegistry(config));
  const parley = composeParley({ config, logger: testLogger, client: neo4j });
  expect((await parley.loader.loadPaths([path.join(ROOT, 'data', 'sample')])).failed).toEqual([]);
  const [reporting] = await neo4j.runRaw<{ id: string }>(
    'MATCH (a:Article)-[:REPORTS]->() RETURN a.id AS id ORDER BY id LIMIT 1',
  );
  VARIABLES.ArticleMentions!.id = reporting!.id;
  VARIABLES.RelatedArticles!.id = reporting!.id;
  await clean();
  await neo4j.runRaw(SEED, { p: P, n: 12 });
  server = await startHttpServer({ parley, registry: loadRegistry(config) });
  client = new ParleyClient({ url: `${server.url}/graphql`, reportStatements: true });
}, 240_000);

afterAll(async () => {
  await server?.close();
  await clean();
  if (ingested.length) await neo4j.runRaw('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: ingested });
  await neo4j?.close();
});

// Variables for every named operation the client was generated from; a new operation without an entry fails below.
const VARIABLES: Record<string, Record<string, unknown>> = {
  Counterparts: { name: 'Kim Hong-kyun' },
  CounterpartsPage: { name: 'Kim Hong-kyun', first: 2 },
  MeetingsBetween: { a: 'Kim Hong-kyun', b: 'Ma Zhaoxu' },
  PersonProfile: { name: 'Antony Blinken' },
  PersonMeetingsPage: { id: `person:${P}-hub`, first: 5 },
  MeetingsInRange: { from: '2024', to: '2024-12-31', country: 'KR', first: 5 },
  TopicMeetings: { topic: 'security' },
  ShortestPath: { from: 'Kim Hong-kyun', to: 'Antony Blinken' },
  Neighborhood: { name: 'Kim Hong-kyun', depth: 1 },
  Search: { text: 'minister' },
  SearchPage: { text: 'minister', labels: ['Person'], first: 3 },
  PersonArticles: { name: 'Kim Hong-kyun', first: 3 },
  EntityArticles: { id: 'KR', first: 3, from: '2024', with: ['CN'] },
  NamedWith: { id: 'KR', labels: ['Person', 'Topic'], top: 5 },
  MentionsByMonth: { id: 'KR', from: '2022' },
  TitleHistory: { name: 'Antony Blinken', articles: 100 },
  ArticleMentions: {
    id: '(an article of the sample, set once loaded)',
    first: 5,
    labels: ['Person', 'Meeting'],
  },
  RelatedArticles: { id: '(an article of the sample, set once loaded)', top: 3 },
  TopicTrends: { country: 'KR' },
  TrendSeries: { country: 'KR', top: 3 },
  OrganizationPeople: { name: 'Ministry of Foreign Affairs' },
  IngestArticle: {
    text: 'Foreign Minister Ardent Vale of Xandria met Deputy Minister Corin Tell on Monday to discuss fisheries.',
    title: 'Clienttest ministers meet',
    date: '2024-02-05',
    source: 'Clienttest Wire',
  },
};

const operations = Object.entries(generated)
  .filter(([name]) => name.endsWith('Document'))
  .map(([, doc]) => doc as DocumentNode)
  .map((doc) =>
    doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION),
  )
  .filter((op): op is OperationDefinitionNode => op !== undefined)
  .map((op) => op.name!.value);

test('the client covers every named operation of examples/operations and src/client/operations', () => {
  expect(operations.sort()).toEqual(Object.keys(VARIABLES).sort());
});

test.each(Object.keys(VARIABLES))('%s answers through the typed client without errors', async (name) => {
  const document = (generated as Record<string, unknown>)[`${name}Document`] as DocumentNode;
  // Writes need an editor's key, sent as a header the client adds to every request.
  const as =
    name === 'IngestArticle'
      ? new ParleyClient({ url: client.url, headers: { authorization: `Bearer ${editor.key}` } })
      : client;
  const data = (await as.request(document, VARIABLES[name]!)) as Record<string, unknown>;
  const root = Object.values(data)[0];
  expect(root).not.toBeNull();
  if (name === 'IngestArticle') {
    const result = root as { articleId: string; people: { id: string; status: string }[] };
    ingested.push(result.articleId, ...result.people.filter((p) => p.status === 'CREATED').map((p) => p.id));
    expect(result.people.length).toBeGreaterThan(0);
  }
});

test('errors come back typed, with the code and the request id', async () => {
  const anonymousWrite = await client
    .request(generated.IngestArticleDocument, { text: 'x' })
    .catch((e: unknown) => e);
  expect(anonymousWrite).toMatchObject({
    code: expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN)$/),
    transient: false,
  });
  const error = await client.request(generated.SearchPageDocument, { text: 'x', first: 1000 }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isParleyClientError(error)).toBe(true);
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', status: 200, transient: false });
  expect((error as { requestId: string }).requestId).toMatch(/^[0-9a-f-]{36}$/);
  const unreachable = new ParleyClient({
    url: 'http://127.0.0.1:9/graphql',
    retry: { retries: 2, baseDelayMs: 1 },
  });
  const down = await unreachable.request(generated.SearchDocument, { text: 'x' }).catch((e: unknown) => e);
  expect(down).toMatchObject({ code: 'NETWORK_ERROR', transient: true });
  expect(unreachable.stats).toMatchObject({ requests: 3, retries: 2 });
});

test('the page iterator walks every page of a connection, in order', async () => {
  const whole = await client.request(generated.CounterpartsPageDocument, {
    name: 'Antony Blinken',
    first: 100,
  });
  expect(whole.counterparts.totalCount).toBeGreaterThan(3);
  const before = client.stats.requests;
  const names: string[] = [];
  for await (const c of paginate(
    client,
    CounterpartsPageDocument,
    { name: 'Antony Blinken', first: 2 },
    (d) => d.counterparts,
  ))
    names.push(c.person.name);
  expect(names).toEqual(whole.counterparts.edges.map((e) => e.node.person.name));
  expect(client.stats.requests - before).toBe(Math.ceil(names.length / 2));
});

test('expansion goes breadth-first within the window, and a level of 12 people runs the statements of a level of 1', async () => {
  const levels = [];
  for await (const level of expand(client, `person:${P}-hub`, {
    depth: 3,
    from: '2022',
    to: '2022',
    pageSize: 12,
    batchSize: 20,
  }))
    levels.push(level);
  expect(levels.map((l) => l.people.length)).toEqual([12, 12, 0]);
  expect(levels[0]!.people.map((p) => p.name)).toContain('Clienttest Spoke 7');
  expect(levels[1]!.people.every((p) => p.name.startsWith('Clienttest Rim'))).toBe(true);
  // level 1 expands the hub alone, level 2 twelve spokes, level 3 twelve rims: one request each, as many statements
  expect(levels.map((l) => l.requests)).toEqual([1, 1, 1]);
  expect(levels[1]!.statements).toBe(levels[0]!.statements);
  expect(levels[2]!.statements).toBe(levels[0]!.statements);
  expect(levels[0]!.statements).toBeLessThanOrEqual(4);
  // outside the window: 2023 has the late talks only
  const late = [];
  for await (const level of expand(client, `person:${P}-hub`, { depth: 1, from: '2023', to: '2023' }))
    late.push(level);
  expect(late[0]!.people.map((p) => p.name)).toEqual(['Clienttest Spoke 1']);
  // a visited set given by the caller is respected and filled
  const visited = new Set([`person:${P}-spoke-3`]);
  for await (const _ of expand(client, `person:${P}-hub`, { depth: 1, visited })) void _;
  expect(visited.size).toBe(13);
});

test('shortest path and counterparts of counterparts', async () => {
  const path_ = await shortestPath(client, `person:${P}-rim-2`, `person:${P}-spoke-3`);
  expect(path_?.nodes.map((n) => n.name)).toEqual([
    'Clienttest Rim 2',
    'Rim talks 2',
    'Clienttest Spoke 2',
    'Hub talks 2',
    'Clienttest Hub',
    'Hub talks 3',
    'Clienttest Spoke 3',
  ]);
  const tree = await counterpartsOfCounterparts(client, `person:${P}-hub`);
  expect(tree!.counterparts).toHaveLength(12);
  const spoke1 = tree!.counterparts[0]!;
  expect(spoke1.person.name).toBe('Clienttest Spoke 1'); // two shared meetings: first
  expect(spoke1.meetings.map((m) => m.name)).toEqual(['Late talks', 'Hub talks 1']);
  expect(spoke1.counterparts.map((c) => c.person.name)).toEqual(['Clienttest Rim 1']);
});

test('npm run example:traverse prints two levels of counterparts with their meetings', async () => {
  // Asynchronously: the server runs in this process and must keep answering while the example waits on it.
  const { stdout, stderr } = await promisify(execFile)(
    'npm',
    ['run', '--silent', 'example:traverse', '--', 'Antony Blinken'],
    { cwd: ROOT, env: { ...process.env, PARLEY_URL: `${server.url}/graphql` }, encoding: 'utf8' },
  );
  expect(stderr).toBe('');
  expect(stdout).toMatch(/^Antony (J\. )?Blinken \(person:[^)]+\) met \d+ people:/);
  expect(stdout).toMatch(/^ {6}at \d{4}/m);
  expect(stdout).toMatch(/^ {6}→ /m); // a counterpart's counterpart
}, 180_000);
