import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { CASES } from './api-cases';
import { post } from './http-timing';
import {
  geometricMeanSpread,
  p50,
  ratioSpread,
  samplePairedRounds,
  type Pair,
  type RatioSpread,
} from './paired-rounds';
import { createKey, envEntry } from '../src/auth/api-keys';
import { loadConfig } from '../src/config';
import { composeParley } from '../src/composition-root';
import { createLogger } from '../src/logging/logger';
import { openDatabase } from '../src/neo4j/database';
import { startHttpServer, type RunningServer } from '../src/server/http-server';
import { benchNeo4j } from './bench-neo4j';
import { loadAverage } from './cpu';

// What the security layers cost a request: the same operations against two servers on one Neo4j in the same run, one
// as shipped (headers, host check, API-key authentication, rate limit, role-based body size, token/depth/alias/
// directive/cost limits) and one without them (`unguarded`). Response caches off in both. Each round asks one server
// every operation, then the other, alternating which goes first; every p50 ratio comes with its bootstrap interval and its odd/even
// halves, so that two runs can be compared (a few per cent is inside the noise of a short run on a shared machine).
// Several pairs of servers share the rounds: one pair's ratio moved 3-8 % from run to run (its own JIT and GC history)
// while its within-run interval was ±2 %, so one pair measures that pair; the pooled ratio measures the layers.

const ROOT = path.join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
// BENCH_OPS=PersonProfile,Search: only these operations (comma-separated; __typename is the trivial request)
const ONLY = process.env.BENCH_OPS?.split(',');
// Server pairs per run; each round asks every pair.
const PAIRS = Number(process.env.BENCH_SERVER_PAIRS ?? 3);
// The cheapest request there is, so the layers' own cost shows in milliseconds rather than as a share.
const TRIVIAL = { operation: '__typename', query: '{ __typename }', variables: {} };

export async function runSecurityOverheadBench(): Promise<void> {
  const neo4j = benchNeo4j('sec');
  const reader = createKey('reader', 'bench');
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'silent',
    PARLEY_API_KEYS: envEntry(reader.stored),
    PARLEY_RESPONSE_CACHE_MB: '0',
    // counted and checked on every request, never reached
    PARLEY_RATE_LIMIT_PER_MINUTE: '1000000000',
    ...neo4j.env,
  });
  const logger = createLogger('warn', 'bench');
  const db = await openDatabase(config, logger, { migrate: true });
  try {
    const parley = composeParley({ config, logger, client: db.client });
    await parley.loader.loadPaths([path.join(ROOT, 'data', 'sample')]);
    const quiet = { config, logger: createLogger('silent'), client: db.client };
    const servers: { guarded: RunningServer; unguarded: RunningServer }[] = [];
    try {
      for (let i = 0; i < PAIRS; i++) {
        servers.push({
          guarded: await startHttpServer({ parley: composeParley(quiet), registry: db.registry }),
          unguarded: await startHttpServer({
            parley: composeParley(quiet),
            registry: db.registry,
            unguarded: true,
          }),
        });
      }
      // Every server plans every statement as it starts: time requests after that, not beside it.
      await Promise.all(servers.flatMap((s) => [s.guarded.planned, s.unguarded.planned]));
      const cases = [
        ...CASES.map((c) => ({
          operation: c.operation,
          query: fs.readFileSync(path.join(ROOT, 'examples', 'operations', `${c.operation}.graphql`), 'utf8'),
          variables: c.variables,
        })),
        TRIVIAL,
      ].filter((c) => !ONLY || ONLY.includes(c.operation));
      console.log(
        `${PAIRS} server pairs, ${WARMUP} warm-up and ${RUNS} timed rounds; each round asks every guarded server every ` +
          `operation, then every unguarded one, alternating which goes first; ms; load average ${loadAverage()}`,
      );
      console.log(
        'p50 ratio = guarded p50 / unguarded p50 over all pairs, [95 % bootstrap interval over rounds], odd/even = the ratio over odd and even rounds,',
      );
      console.log('pairs = the lowest and highest ratio of one server pair;');
      console.log('CPU = this process (client and all servers) per request, p50. Target: each ratio ≤ 1.05.');
      console.log(
        'operation            guarded p50 | unguarded p50 | p50 ratio [95 % interval]  odd / even  | pairs         | p50 diff | CPU guarded unguarded  diff | ≤ 1.05',
      );
      const spreads: RatioSpread[] = [];
      const f = (x: number, w = 7) => x.toFixed(2).padStart(w);
      const r3 = (x: number) => x.toFixed(3);
      const ask = (c: (typeof cases)[number], url: string, headers: Record<string, string>) => {
        const body = JSON.stringify({ query: c.query, variables: c.variables });
        return async () => {
          const json = JSON.parse(await post(`${url}/graphql`, body, headers)) as { errors?: unknown };
          if (json.errors) throw new Error(`${c.operation}: ${JSON.stringify(json.errors)}`);
        };
      };
      const samples = await samplePairedRounds(
        cases.flatMap((c) =>
          servers.map(({ guarded, unguarded }): Pair => [
            ask(c, guarded.url, { authorization: `Bearer ${reader.key}` }),
            ask(c, unguarded.url, {}),
          ]),
        ),
        WARMUP,
        RUNS,
        [
          async () => {
            for (const s of servers)
              await ask(TRIVIAL, s.guarded.url, { authorization: `Bearer ${reader.key}` })();
          },
          async () => {
            for (const s of servers) await ask(TRIVIAL, s.unguarded.url, {})();
          },
        ],
      );
      for (const [i, c] of cases.entries()) {
        const perPair = samples.slice(i * PAIRS, (i + 1) * PAIRS);
        // Pair after pair, round by round: pairing and round parity survive (RUNS even keeps odd/even aligned).
        const wall = [0, 1].map((k) => perPair.flatMap((s) => s.wall[k]!)) as [number[], number[]];
        const cpu = [0, 1].map((k) => perPair.flatMap((s) => s.cpu[k]!)) as [number[], number[]];
        const pairRatios = perPair.map((s) => p50(s.wall[0]) / p50(s.wall[1]));
        const spread = ratioSpread(wall[0], wall[1]);
        if (c !== TRIVIAL) spreads.push(spread);
        const [g, u, cg, cu] = [p50(wall[0]), p50(wall[1]), p50(cpu[0]), p50(cpu[1])];
        const verdict = c === TRIVIAL ? '' : spread.ratio <= 1.05 ? 'yes' : 'NO';
        console.log(
          `${c.operation.padEnd(20)} ${f(g, 11)} | ${f(u, 13)} |     ${r3(spread.ratio)} [${r3(spread.low)}, ${r3(spread.high)}]  ` +
            `${r3(spread.odd)} / ${r3(spread.even)} | ${r3(Math.min(...pairRatios))}–${r3(Math.max(...pairRatios))} | ${f(g - u, 8)} | ${f(cg, 11)} ${f(cu, 9)} ${f(cg - cu, 5)} | ${verdict}`,
        );
      }
      if (spreads.length === 0) return;
      const mean = geometricMeanSpread(spreads);
      const worst = spreads.reduce((w, s) => (s.ratio > w.ratio ? s : w));
      console.log(
        `geometric mean of the named operations' p50 ratios: ${r3(mean.value)} [${r3(mean.low)}, ${r3(mean.high)}]; ` +
          `highest ${r3(worst.ratio)} [${r3(worst.low)}, ${r3(worst.high)}]; ${spreads.filter((s) => s.ratio <= 1.05).length} ` +
          `of ${spreads.length} ≤ 1.05; load average ${loadAverage()}`,
      );
    } finally {
      for (const s of servers) {
        await s.guarded.close();
        await s.unguarded.close();
      }
    }
  } finally {
    await db.close();
    neo4j.cleanUp();
  }
}
