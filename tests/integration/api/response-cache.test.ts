import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKey, envEntry } from '../../../src/auth/api-keys';
import { composeParley, type Parley } from '../../../src/composition-root';
import { loadConfig } from '../../../src/config';
import { loadRegistry } from '../../../src/neo4j/database';
import { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { startHttpServer, type RunningServer } from '../../../src/server/http-server';
import { CACHE_HEADER } from '../../../src/server/response-cache';
import { testLogger } from '../../support/test-database';
import { operation } from './api-harness';

// Repeated questions come from memory, and no answer from before a write survives it: a load batch or an ingest in
// this process at once, a load by another process once the graph version is next read.

const editor = createKey('editor', 'cache-test');

// Generous bounds: this test is not about limits or outages, and on a cold, busy Neo4j (run alone at load 10) the first
// search took 2-13 s (past the 1 s after which a probe with a 1 s budget may declare Neo4j away) and the first load
// transaction's plans 25-36 s (past the 30 s lock lease that bounds it).
const config = loadConfig({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  PARLEY_GRAPH_VERSION_POLL_MS: '50',
  PARLEY_QUERY_TIMEOUT_MS: '120000',
  PARLEY_OUTAGE_CHECK_MS: '30000',
  PARLEY_LOAD_LOCK_LEASE_MS: '120000',
  PARLEY_API_KEYS: envEntry(editor.stored),
  PARLEY_KEYS_FILE: path.join(os.tmpdir(), 'parley-cache-test-no-keys.json'),
});
let client: Neo4jClient;
let parley: Parley;
let server: RunningServer;
const dirs: string[] = [];

// Invented names no other test or sample uses.
const article = (who: string, other: string) =>
  `title: Cache test ${who}\ndate: 2025-02-03\n\nForeign Minister ${who} met Deputy Minister ${other} on February 2, 2025.\n`;

async function search(text: string): Promise<{ cache: string | null; names: string[] }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation('Search'), variables: { text }, operationName: 'Search' }),
  });
  const body = (await res.json()) as {
    data: { search: { edges: { node: { name: string; label: string } }[] } } | null;
    errors?: unknown;
  };
  if (!body.data) throw new Error(`search failed: ${JSON.stringify(body.errors)}`);
  const people = body.data.search.edges.filter((e) => e.node.label === 'Person');
  return { cache: res.headers.get(CACHE_HEADER), names: people.map((e) => e.node.name) };
}

function folderWith(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-cache-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'article.txt'), text);
  return dir;
}

beforeAll(async () => {
  client = Neo4jClient.create({ ...config.neo4j, uri: config.neo4j.uri! }, loadRegistry(config));
  // a fresh tier's full-text indexes may still be populating: search waits on them
  await client.runRaw('CALL db.awaitIndexes(300)');
  parley = composeParley({ config, logger: testLogger, client });
  server = await startHttpServer({ parley, registry: loadRegistry(config) });
});

afterAll(async () => {
  await server?.close();
  // what the test articles created: the articles, their people and meetings, then whatever they alone linked to
  await client.runRaw(
    `MATCH (a:Article) WHERE a.title STARTS WITH 'Cache test Quorvane'
     OPTIONAL MATCH (a)-[:MENTIONS|REPORTS]->(n)
     WITH collect(DISTINCT a) AS articles, collect(DISTINCT n) AS linked
     CALL (linked) { UNWIND linked AS n OPTIONAL MATCH (n)--(x) WHERE NOT x:Article RETURN collect(DISTINCT x) AS near }
     FOREACH (a IN articles | DETACH DELETE a)
     FOREACH (n IN [n IN linked WHERE n:Person OR n:Meeting] | DETACH DELETE n)
     WITH [n IN linked + near WHERE NOT n:Person AND NOT n:Meeting AND NOT n:Country] AS rest
     UNWIND rest AS n
     WITH DISTINCT n WHERE NOT (n)--()
     DELETE n`,
  );
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  await client.close();
});

test('a repeated query is answered from memory until a load or an ingest changes the graph', async () => {
  expect(await search('Quorvane')).toEqual({ cache: 'miss', names: [] });
  expect(await search('Quorvane')).toEqual({ cache: 'hit', names: [] });

  // a load batch in this process
  const loaded = await parley.loader.loadPaths([folderWith(article('Quorvane Adeth', 'Ilsbet Marrow'))]);
  expect(loaded).toMatchObject({ loaded: 1, failed: [] });
  expect(await search('Quorvane')).toEqual({ cache: 'miss', names: ['Quorvane Adeth'] });
  expect(await search('Quorvane')).toMatchObject({ cache: 'hit' });

  // the ingest mutation
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editor.key}` },
    body: JSON.stringify({
      query: operation('IngestArticle'),
      variables: { text: article('Quorvane Belisk', 'Tamsin Orrow'), title: 'Cache test Quorvane Belisk' },
      operationName: 'IngestArticle',
    }),
  });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
  expect((await search('Quorvane')).names.sort()).toEqual(['Quorvane Adeth', 'Quorvane Belisk']);

  // another process's loader (its own composition root): seen once the version is read again
  const other = composeParley({ config, logger: testLogger, client });
  expect(await other.loader.loadPaths([folderWith(article('Quorvane Cendry', 'Ulric Pathe'))])).toMatchObject(
    { loaded: 1 },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = await search('Quorvane');
  expect(after.cache).toBe('miss');
  expect(after.names).toContain('Quorvane Cendry');
});

test('the cache can be turned off, and mutations and failed answers are never kept', async () => {
  const off = composeParley({
    config: { ...config, responseCache: { maxMb: 0, versionPollMs: 0 } },
    logger: testLogger,
    client,
  });
  const plain = await startHttpServer({ parley: off, registry: loadRegistry(config) });
  try {
    const res = await fetch(`${plain.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(text: "Quorvane") { totalCount } }' }),
    });
    expect(res.headers.get(CACHE_HEADER)).toBeNull();
  } finally {
    await plain.close();
  }
  const bad = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ search(text: "Quorvane", first: -1) { totalCount } }' }),
  });
  expect(bad.headers.get(CACHE_HEADER)).toBeNull();
});

test('a hit sends the same bytes as the miss it repeats, with their length, when the answer is not ASCII', async () => {
  expect(
    await parley.loader.loadPaths([folderWith(article('Quorvane Dériel', 'Ysolde Brannæ'))]),
  ).toMatchObject({
    loaded: 1,
  });
  const raw = async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: operation('Search'),
        variables: { text: 'Quorvane' },
        operationName: 'Search',
      }),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { res, bytes };
  };
  const miss = await raw();
  const hit = await raw();
  expect([miss.res.headers.get(CACHE_HEADER), hit.res.headers.get(CACHE_HEADER)]).toEqual(['miss', 'hit']);
  expect(hit.bytes.equals(miss.bytes)).toBe(true);
  expect(Number(hit.res.headers.get('content-length'))).toBe(hit.bytes.length);
  expect(hit.res.headers.get('content-type')).toBe(miss.res.headers.get('content-type'));
  expect(hit.bytes.toString('utf8')).toContain('Quorvane Dériel');
  // hits of one answer in flight at once each send it whole
  const together = await Promise.all([raw(), raw(), raw(), raw()]);
  for (const { bytes } of together) expect(bytes.equals(miss.bytes)).toBe(true);
});

test('a repeat is sent before Apollo as the first answer was, counted, and only to a caller the guards let through', async () => {
  const body = JSON.stringify({
    query: operation('Search'),
    variables: { text: 'Quorvane repeat' },
    operationName: 'Search',
  });
  const ask = (headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  const searches = async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const line = /parley_graphql_requests_total\{operation="Search",outcome="ok"\} (\d+)/.exec(text);
    return Number(line?.[1] ?? 0);
  };
  const first = await ask();
  const before = await searches();
  const again = await ask();
  expect([first.headers.get(CACHE_HEADER), again.headers.get(CACHE_HEADER)]).toEqual(['miss', 'hit']);
  const kept = ['content-type', 'cache-control'];
  expect(kept.map((h) => again.headers.get(h))).toEqual(kept.map((h) => first.headers.get(h)));
  expect(again.status).toBe(first.status);
  expect(await again.text()).toBe(await first.text());
  expect(await searches()).toBe(before + 1);
  // a key that is not one is refused before any answer is looked up
  const stranger = await ask({ authorization: 'Bearer not-a-key' });
  expect(stranger.status).toBe(401);
  expect(stranger.headers.get(CACHE_HEADER)).toBeNull();
});
