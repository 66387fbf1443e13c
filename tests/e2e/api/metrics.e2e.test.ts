import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import express from 'express';
import { composeParley } from '../../../src/composition-root';
import { loadConfig } from '../../../src/config';
import { loadRegistry } from '../../../src/neo4j/database';
import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { startHttpServer, type RunningServer } from '../../../src/server/http-server';
import { ServerMetrics } from '../../../src/server/metrics';
import { mountMetricsRoute } from '../../../src/server/metrics.routes';
import { testClient, testLogger } from '../../support/test-database';

// /metrics over HTTP: what a load sends is what Prometheus reads, and every request carries an id.

const OPS = path.join(__dirname, '..', '..', '..', 'examples', 'operations');
const query = (name: string) => fs.readFileSync(path.join(OPS, `${name}.graphql`), 'utf8');

let client: Neo4jClient;
let server: RunningServer;

beforeAll(async () => {
  client = testClient();
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    // Every request reaches Neo4j, so that statement counts can be checked against requests.
    PARLEY_RESPONSE_CACHE_MB: '0',
  });
  const parley = composeParley({ config, logger: testLogger, client });
  server = await startHttpServer({ parley, registry: loadRegistry(config) });
});

afterAll(async () => {
  await server?.close();
  await client?.close();
});

async function scrape(): Promise<string> {
  const res = await fetch(`${server.url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/plain/);
  return res.text();
}

/** The sum of a metric's samples whose labels include `labels` (every outcome, unless one is named). */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  return text
    .split('\n')
    .filter((l) => l.startsWith(name + '{') && want.every((w) => l.includes(w)) && !l.includes('le="'))
    .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

test('a request id is kept when given, made when not, and named in errors', async () => {
  const given = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'trace-abc.1' },
    body: JSON.stringify({ query: '{ search(text: "x", first: 1000) { totalCount } }' }),
  });
  expect(given.headers.get('x-request-id')).toBe('trace-abc.1');
  const body = (await given.json()) as { errors: { extensions: Record<string, unknown> }[] };
  expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'trace-abc.1' });

  const made = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'bad id with spaces' },
    body: '{"query": ',
  });
  const id = made.headers.get('x-request-id');
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const bad = (await made.json()) as { errors: { extensions: Record<string, unknown> }[] };
  expect(bad.errors[0]!.extensions).toMatchObject({ code: 'BAD_REQUEST', requestId: id });
});

test('/metrics shows the requests and latencies a load sent, by operation and outcome', async () => {
  const before = await scrape();
  const requests = [
    { name: 'Search', variables: { text: 'minister' } },
    { name: 'TopicTrends', variables: {} },
  ].map(({ name, variables }) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query(name), variables, operationName: name }),
  }));
  const result = await autocannon({ url: server.url, connections: 2, amount: 20, timeout: 60, requests });
  expect([result.non2xx, result.errors, result.timeouts]).toEqual([0, 0, 0]);
  const after = await scrape();
  const delta = (name: string, labels: Record<string, string>) =>
    sample(after, name, labels) - sample(before, name, labels);

  const sent = result.requests.sent;
  const search = delta('parley_graphql_requests_total', { operation: 'Search' });
  const trends = delta('parley_graphql_requests_total', { operation: 'TopicTrends' });
  expect(search + trends).toBe(sent);
  expect(Math.abs(search - trends)).toBeLessThanOrEqual(2); // autocannon alternates the two
  // Latency: the server's mean lies within what the client saw (the client adds the network and HTTP parsing).
  const seconds =
    delta('parley_graphql_request_duration_seconds_sum', { operation: 'Search' }) +
    delta('parley_graphql_request_duration_seconds_sum', { operation: 'TopicTrends' });
  const serverMeanMs = (seconds / sent) * 1000;
  expect(serverMeanMs).toBeGreaterThan(0);
  expect(serverMeanMs).toBeLessThanOrEqual(result.latency.mean + 1);
  expect(delta('parley_graphql_request_duration_seconds_count', { operation: 'Search' })).toBe(search);
  // Each Search runs one Cypher statement, timed per statement and per request.
  expect(delta('parley_graphql_request_cypher_statements_sum', { operation: 'Search' })).toBe(search);
  expect(delta('parley_cypher_statement_duration_seconds_count', { statement: 'queries/search' })).toBe(
    search,
  );
  expect(after).toMatch(/^parley_neo4j_pool_connections_in_use 0$/m);
  expect(after).toMatch(/^process_cpu_user_seconds_total /m);
});

test('/metrics is not served on a non-loopback interface without the write credentials check', async () => {
  const app = express();
  mountMetricsRoute(app, {
    metrics: new ServerMetrics({ processMetrics: false }),
    host: '0.0.0.0',
    logger: testLogger,
  });
  const guarded = express();
  mountMetricsRoute(guarded, {
    metrics: new ServerMetrics({ processMetrics: false }),
    host: '0.0.0.0',
    logger: testLogger,
    guard: (req, res, next) => (req.get('authorization') === 'Bearer ok' ? next() : res.status(401).end()),
  });
  for (const [app_, expected] of [
    [app, [404, 404]],
    [guarded, [401, 200]],
  ] as const) {
    const listener = app_.listen(0, '127.0.0.1');
    await new Promise((r) => listener.once('listening', r));
    const port = (listener.address() as { port: number }).port;
    const anonymous = await fetch(`http://127.0.0.1:${port}/metrics`);
    const authorized = await fetch(`http://127.0.0.1:${port}/metrics`, {
      headers: { authorization: 'Bearer ok' },
    });
    expect([anonymous.status, authorized.status]).toEqual(expected);
    await new Promise((r) => listener.close(r));
  }
});
