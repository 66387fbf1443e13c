import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { CASES, mainListLength, type Case } from './api-cases';
import { agent, ONE_ADDRESS_ENV, post, timeInterleaved, type Timing } from './http-timing';
import { loadTest } from './load-generator';
import { scrapeOperation } from './metrics-scrape';
import { loadConfig } from '../src/config';
import { composeParley } from '../src/composition-root';
import { createLogger } from '../src/logging/logger';
import { openDatabase } from '../src/neo4j/database';
import type { Neo4jClient } from '../src/neo4j/neo4j-client';
import { createApiContext } from '../src/api/api-context';
import { createApolloServer } from '../src/server/apollo.server';
import { startHttpServer } from '../src/server/http-server';
import { benchNeo4j } from './bench-neo4j';
import { loadAverage } from './cpu';
import { floorBody, runBaseline, startFloorServer } from './floor-server';

// Each GraphQL operation of examples/operations over HTTP against the loaded sample, beside the best hand-written
// Cypher for the same answer run through the driver on the same Neo4j (the baseline), and throughput under autocannon.

const ROOT = path.join(__dirname, '..');
const GLOBAL_WARMUP = Number(process.env.BENCH_GLOBAL_WARMUP ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);

/** The baseline must fetch the same answer: its main list must hold as many items as the GraphQL response's. */
async function checkSameSize(c: Case, payload: string, url: string, client: Neo4jClient): Promise<void> {
  if (!c.list) return;
  const json = JSON.parse(await post(`${url}/graphql`, payload)) as { data: unknown };
  const rows = await runBaseline(c, client);
  const ours = mainListLength(c, json.data) ?? NaN;
  const theirs = c.baselineList
    ? ((rows[0]?.[c.baselineList] as unknown[] | undefined)?.length ?? 0)
    : rows.length;
  if (ours !== theirs)
    throw new Error(`${c.operation}: GraphQL answer has ${ours} items, the baseline ${theirs}`);
}

const fmt = (n: number) => n.toFixed(2).padStart(7);

export async function runApiBench(only: string[] = []): Promise<void> {
  const neo4j = benchNeo4j('api');
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...ONE_ADDRESS_ENV,
    ...neo4j.env,
  });
  const logger = createLogger('warn', 'bench');
  const db = await openDatabase(config, logger, { migrate: true });
  const client: Neo4jClient = db.client;
  try {
    const parley = composeParley({ config, logger, client });
    const report = await parley.loader.loadPaths([path.join(ROOT, 'data', 'sample')]);
    console.log(
      `sample loaded: ${report.loaded + report.unchanged} articles (${report.failed.length} failed)`,
    );
    // Uncached: the table times the work of each operation (cached repeats are timed apart).
    const uncached = { ...config, responseCache: { ...config.responseCache, maxMb: 0 } };
    const server = await startHttpServer({
      parley: composeParley({ config: uncached, logger: createLogger('silent'), client }),
      registry: db.registry,
    });
    // The same server with the response cache on (the default): repeats of one request are answered from memory.
    const cachedServer = await startHttpServer({
      parley: composeParley({ config, logger: createLogger('silent'), client }),
      registry: db.registry,
    });
    // time requests, not the start-up plan warm-up beside them
    await Promise.all([server.planned, cachedServer.planned]);
    try {
      const query = (c: Case) =>
        fs.readFileSync(path.join(ROOT, 'examples', 'operations', `${c.operation}.graphql`), 'utf8');
      const body = (c: Case) =>
        JSON.stringify({ query: query(c), variables: c.variables, operationName: c.operation });
      // The same schema and plugins in process, so the HTTP share (express, body parsing, JSON) shows apart.
      const inProcess = createApolloServer({
        logger: createLogger('silent'),
        limits: config.server,
      });
      await inProcess.start();
      const floor = await startFloorServer(client);
      console.log(
        `${GLOBAL_WARMUP} warm-up rounds of every operation, then per operation ${WARMUP} more and ${RUNS} timed rounds; each round runs HTTP, in-process, driver and floor in rotating order; ms`,
      );
      console.log('ratio = GraphQL-over-HTTP p50 / driver p50 (target ≤ 1.3)');
      console.log('floor = the baseline Cypher served by a one-resolver Apollo over HTTP, p50 / driver p50');
      console.log(
        'over floor = HTTP p50 / floor p50 (target ≤ 1.15); cached = a repeat answered from the response cache, p50 / driver p50 (target ≤ 0.5), and its p50 in ms',
      );
      console.log(`load average at start: ${loadAverage()}`);
      console.log(
        'operation            HTTP p50     p95 | in-proc p50 | Cypher p50   p95 | ratio | floor | over floor | cached      ms | statements',
      );
      const cases = CASES.filter((x) => only.length === 0 || only.includes(x.operation));
      let statements = 0;
      const variants = (c: Case): (() => Promise<void>)[] => {
        const payload = body(c);
        const floorRequest = floorBody(c.operation);
        const operationText = query(c);
        return [
          async () => {
            const text = await post(`${server.url}/graphql`, payload, { 'x-parley-statements': '1' });
            const json = JSON.parse(text) as {
              errors?: unknown;
              extensions?: { statements?: { count: number } };
            };
            if (json.errors) throw new Error(`${c.operation}: ${JSON.stringify(json.errors)}`);
            statements = json.extensions?.statements?.count ?? NaN;
          },
          async () => {
            const contextValue = createApiContext({
              client,
              logger,
              maxArticleBytes: config.maxArticleBytes,
            });
            const res = await inProcess.executeOperation(
              { query: operationText, variables: c.variables, operationName: c.operation },
              { contextValue },
            );
            if (res.body.kind !== 'single' || res.body.singleResult.errors)
              throw new Error(`${c.operation} in process failed`);
          },
          async () => {
            await runBaseline(c, client);
          },
          async () => {
            const json = JSON.parse(await post(floor.url, floorRequest)) as { errors?: unknown };
            if (json.errors) throw new Error(`${c.operation} floor: ${JSON.stringify(json.errors)}`);
          },
          async () => {
            const json = JSON.parse(await post(`${cachedServer.url}/graphql`, payload)) as {
              errors?: unknown;
            };
            if (json.errors) throw new Error(`${c.operation} cached: ${JSON.stringify(json.errors)}`);
          },
        ];
      };
      const runs = new Map(cases.map((c) => [c, variants(c)]));
      // The JVM keeps compiling the code of each new statement for a while: warm every operation before timing any.
      for (let i = 0; i < GLOBAL_WARMUP; i++)
        for (const fns of runs.values()) for (const fn of fns) await fn();
      for (const [c, fns] of runs) {
        await checkSameSize(c, body(c), server.url, client);
        const [http, local, cypher, bare, cached] = await timeInterleaved(fns, WARMUP, RUNS);
        const ratio = (a: Timing, b: Timing) => (a.p50 / b.p50).toFixed(2).padStart(5);
        console.log(
          `${c.operation.padEnd(20)} ${fmt(http!.p50)} ${fmt(http!.p95)} |     ${fmt(local!.p50)} | ${fmt(cypher!.p50)} ${fmt(cypher!.p95)} | ${ratio(http!, cypher!)} | ${ratio(bare!, cypher!)} |      ${ratio(http!, bare!)} |  ${ratio(cached!, cypher!)} ${fmt(cached!.p50)} | ${statements}`,
        );
      }
      await inProcess.stop();
      await floor.close();
      agent.destroy();
      for (const c of [CASES[0]!, CASES[3]!].filter((x) => only.length === 0 || only.includes(x.operation))) {
        const before = await scrapeOperation(server.url, c.operation);
        const result = await loadTest({
          url: `${server.url}/graphql`,
          body: body(c),
          connections: 10,
          seconds: 5,
        });
        console.log(
          `autocannon ${c.operation}: ${Math.round(result.requests.average)} requests/s (10 connections, 5 s), p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, ${result.non2xx} non-2xx, ${result.errors} errors`,
        );
        // What an operator's Prometheus would have read over the same run.
        const after = await scrapeOperation(server.url, c.operation);
        const served = after.requests - before.requests;
        console.log(
          `  /metrics ${c.operation}: ${served} requests (autocannon: ${result.requests.sent} sent, ${result.requests.total} answered), ` +
            `mean ${(((after.seconds - before.seconds) / served) * 1000).toFixed(1)} ms (autocannon: ${result.latency.mean.toFixed(1)} ms), ` +
            `${((after.statements - before.statements) / served).toFixed(2)} Cypher statements per request`,
        );
      }
      console.log(`load average at end: ${loadAverage()}`);
    } finally {
      await server.close();
      await cachedServer.close();
    }
  } finally {
    await db.close();
    neo4j.cleanUp();
  }
}

if (require.main === module) {
  runApiBench(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
