import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CASES } from './api-cases';
import { post, timeInterleaved } from './http-timing';
import { createKey, envEntry } from '../src/auth/api-keys';
import { loadConfig } from '../src/config';
import { composeParley } from '../src/composition-root';
import { createLogger } from '../src/logging/logger';
import { openDatabase } from '../src/neo4j/database';
import { startHttpServer } from '../src/server/http-server';
import { loadAverage } from './cpu';

// What the security layers cost a request: the same operations against two servers on one Neo4j in the same run, one
// as shipped (headers, host check, API-key authentication, rate limit, role-based body size, token/depth/alias/
// directive/cost limits) and one without them (`unguarded`). Response caches off in both; rounds interleaved.

const ROOT = path.join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
// The cheapest request there is, so the layers' own cost shows in milliseconds rather than as a share.
const TRIVIAL = { operation: '__typename', query: '{ __typename }', variables: {} };

export async function runSecurityOverheadBench(): Promise<void> {
  const dataDir = process.env.NEO4J_URI
    ? undefined
    : fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-sec-'));
  const reader = createKey('reader', 'bench');
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'silent',
    PARLEY_API_KEYS: envEntry(reader.stored),
    PARLEY_RESPONSE_CACHE_MB: '0',
    // counted and checked on every request, never reached
    PARLEY_RATE_LIMIT_PER_MINUTE: '1000000000',
    ...(dataDir ? { PARLEY_DATA_DIR: dataDir, PARLEY_NEO4J_PORT: '0' } : {}),
  });
  const logger = createLogger('warn', 'bench');
  const db = await openDatabase(config, logger, { migrate: true });
  try {
    const parley = composeParley({ config, logger, client: db.client });
    await parley.loader.loadPaths([path.join(ROOT, 'data', 'sample')]);
    const quiet = { config, logger: createLogger('silent'), client: db.client };
    const guarded = await startHttpServer({ parley: composeParley(quiet), registry: db.registry });
    const unguarded = await startHttpServer({
      parley: composeParley(quiet),
      registry: db.registry,
      unguarded: true,
    });
    try {
      const cases = [
        TRIVIAL,
        ...CASES.map((c) => ({
          operation: c.operation,
          query: fs.readFileSync(path.join(ROOT, 'examples', 'operations', `${c.operation}.graphql`), 'utf8'),
          variables: c.variables,
        })),
      ];
      console.log(
        `per operation ${WARMUP} warm-up and ${RUNS} timed rounds, guarded and unguarded interleaved; ms; load average ${loadAverage()}`,
      );
      console.log('operation            guarded p50   p95 | unguarded p50   p95 | p50 ratio | p50 diff');
      const ratios: number[] = [];
      for (const c of cases) {
        const body = JSON.stringify({ query: c.query, variables: c.variables });
        const ask = (url: string, headers: Record<string, string>) => async () => {
          const json = JSON.parse(await post(`${url}/graphql`, body, headers)) as { errors?: unknown };
          if (json.errors) throw new Error(`${c.operation}: ${JSON.stringify(json.errors)}`);
        };
        const [g, u] = await timeInterleaved(
          [ask(guarded.url, { authorization: `Bearer ${reader.key}` }), ask(unguarded.url, {})],
          WARMUP,
          RUNS,
        );
        const ratio = g!.p50 / u!.p50;
        if (c !== TRIVIAL) ratios.push(ratio);
        const f = (x: number) => x.toFixed(2).padStart(7);
        console.log(
          `${c.operation.padEnd(20)} ${f(g!.p50)} ${f(g!.p95)} |     ${f(u!.p50)} ${f(u!.p95)} |     ${ratio.toFixed(3)} | ${f(g!.p50 - u!.p50)}`,
        );
      }
      const geomean = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
      console.log(
        `geometric mean of p50 ratios over the named operations: ${geomean.toFixed(3)} (target ≤ 1.05)`,
      );
    } finally {
      await guarded.close();
      await unguarded.close();
    }
  } finally {
    await db.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
