import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { CASES } from './api-cases';
import { ONE_ADDRESS_ENV, post, timeInterleaved } from './http-timing';
import { loadConfig } from '../src/config';
import { composeParley } from '../src/composition-root';
import { createLogger } from '../src/logging/logger';
import { openDatabase } from '../src/neo4j/database';
import { startHttpServer } from '../src/server/http-server';
import { loadAverage } from './cpu';

// Issue 14's "API on the big graph": every named operation against two running Neo4j servers holding graphs of two
// sizes (bench/load-scale.ts with PARLEY_SCALE_KEEP), one request in flight, the two servers interleaved in the same
// run so the machine's load hits both alike; prints p50 per graph and big/small (target ≤ 1.5). Response caches off.
// PARLEY_BENCH_SMALL_URI, PARLEY_BENCH_BIG_URI: bolt:// URIs of the two (migrated by this run);
// BENCH_RUNS (default 30), BENCH_WARMUP (5), BENCH_GLOBAL_WARMUP (20); BENCH_OPERATIONS: comma-separated names (default: all).

const ROOT = path.join(__dirname, '..');

export async function runLoadGraphSizeBench(): Promise<void> {
  const small = process.env.PARLEY_BENCH_SMALL_URI;
  const big = process.env.PARLEY_BENCH_BIG_URI;
  if (!small || !big) {
    console.log('skipped: set PARLEY_BENCH_SMALL_URI and PARLEY_BENCH_BIG_URI to two running servers');
    return;
  }
  const runs = Number(process.env.BENCH_RUNS ?? 30);
  const warmup = Number(process.env.BENCH_WARMUP ?? 5);
  const globalWarmup = Number(process.env.BENCH_GLOBAL_WARMUP ?? 20);
  const only = (process.env.BENCH_OPERATIONS ?? '').split(',').filter(Boolean);
  const logger = createLogger('warn', 'bench');
  const serve = async (uri: string) => {
    const base = loadConfig({
      ...process.env,
      NEO4J_URI: uri,
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...ONE_ADDRESS_ENV,
    });
    const config = { ...base, responseCache: { ...base.responseCache, maxMb: 0 } };
    const db = await openDatabase(config, logger, { migrate: true });
    const server = await startHttpServer({
      parley: composeParley({ config, logger: createLogger('silent'), client: db.client }),
      registry: db.registry,
    });
    return { db, url: `${server.url}/graphql`, server };
  };
  const servers = [await serve(small), await serve(big)];
  try {
    console.log(`load average at start: ${loadAverage()}`);
    console.log(
      `${globalWarmup} warm-up rounds of every operation, then per operation ${warmup} more and ${runs} timed rounds, small and big interleaved; HTTP ms`,
    );
    const cases = CASES.filter((x) => !only.length || only.includes(x.operation)).map((c) => {
      const query = fs.readFileSync(
        path.join(ROOT, 'examples', 'operations', `${c.operation}.graphql`),
        'utf8',
      );
      const body = JSON.stringify({ query, variables: c.variables, operationName: c.operation });
      const ask = servers.map((x) => async () => {
        const json = JSON.parse(await post(x.url, body)) as { errors?: unknown };
        if (json.errors) throw new Error(`${c.operation}: ${JSON.stringify(json.errors)}`);
      });
      return { c, ask };
    });
    // every operation on both graphs first, so that the first one timed does not meet JVMs that compiled nothing
    for (let i = 0; i < globalWarmup; i++) for (const { ask } of cases) for (const fn of ask) await fn();
    console.log('operation            small p50    p95 |   big p50    p95 | big/small p50 (target ≤ 1.5)');
    for (const { c, ask } of cases) {
      const [s, b] = await timeInterleaved(ask, warmup, runs);
      const f = (n: number) => n.toFixed(1).padStart(7);
      console.log(
        `${c.operation.padEnd(20)} ${f(s!.p50)} ${f(s!.p95)} | ${f(b!.p50)} ${f(b!.p95)} | ${(b!.p50 / s!.p50).toFixed(2)}`,
      );
    }
    console.log(`load average at end: ${loadAverage()}`);
  } finally {
    for (const x of servers) {
      await x.server.close();
      await x.db.close();
    }
  }
}
