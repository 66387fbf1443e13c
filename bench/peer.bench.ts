import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadTest } from './load-generator';
import { loadConfig } from '../src/config';
import { composeParley } from '../src/composition-root';
import { createLogger } from '../src/logging/logger';
import { openDatabase } from '../src/neo4j/database';
import { agent, ONE_ADDRESS_ENV, post, timeInterleaved } from './http-timing';
import { compareAnswers, PEER_CASES, type PeerCase } from './peer/peer-cases';
import { startPeerServer } from './peer/peer-server';
import { installSingleBufferMessages } from '../src/neo4j/single-buffer-messages';
import { startHttpServer } from '../src/server/http-server';
import { benchNeo4j } from './bench-neo4j';
import { floorBody, startFloorServer } from './floor-server';
import { listenerPid, loadAverage, ownCpu, processCpu } from './cpu';

// Parley against the library its users would pick instead: @neo4j/graphql 7.6 with bench/peer/peer.schema.graphql,
// behind the same Apollo/express stack on the same Neo4j, asked the named operations of examples/operations (the
// peer's versions in bench/peer/operations). First both answers are compared item by item; then each operation is
// timed one request at a time (the two servers interleaved), then under autocannon (servers alternating, repeated;
// autocannon in a process of its own), with the CPU each request cost this process and Neo4j: where its work goes.
// Each round also loads the stack's floor (bench/floor-server.ts), whose CPU per request says how far 1.5× is reachable.
// The graph: NEO4J_URI (e.g. `parley neo4j --data GRAPH_DIR`), else the sample in a fresh embedded Neo4j.
// `npm run bench -- peer`; `npx tsx bench/peer.bench.ts Search Counterparts` runs only the operations named.

const ROOT = path.join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
// rounds of every operation on both sides first, so that the first one timed does not meet a JVM that compiled nothing
const GLOBAL_WARMUP = Number(process.env.BENCH_GLOBAL_WARMUP ?? 20);
const SECONDS = Number(process.env.PEER_SECONDS ?? 10);
const ROUNDS = Number(process.env.PEER_ROUNDS ?? 2);
const CONNECTIONS = Number(process.env.PEER_CONNECTIONS ?? 10);
// PEER_FLOOR=0 leaves out the floor's throughput rounds (the bare stack serving the api bench's hand-written Cypher)
const FLOOR = process.env.PEER_FLOOR !== '0';

const operationText = (dir: string, c: PeerCase) =>
  fs.readFileSync(path.join(dir, `${c.operation}.graphql`), 'utf8');

interface Side {
  url: string;
  body: string;
}

async function ask(side: Side): Promise<unknown> {
  const json = JSON.parse(await post(side.url, side.body)) as { data?: unknown; errors?: unknown };
  if (json.errors) throw new Error(`${side.url}: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data;
}

/**
 * Runs `work` with the driver's own decoding of multi-chunk answers, as the peer's users have it: Parley's
 * single-buffer decoding (src/neo4j/single-buffer-messages.ts) is off while the peer answers (the two never overlap).
 */
async function onStockDriver<T>(work: () => Promise<T>): Promise<T> {
  installSingleBufferMessages()?.();
  try {
    return await work();
  } finally {
    installSingleBufferMessages();
  }
}

interface Throughput {
  rps: number[];
  p50: number[];
  errors: number;
  /** CPU seconds of the server's process and of Neo4j over the rounds, and the requests they answered */
  nodeSeconds: number;
  neo4jSeconds: number;
  requests: number;
}

const throughput = (): Throughput => ({
  rps: [],
  p50: [],
  errors: 0,
  nodeSeconds: 0,
  neo4jSeconds: 0,
  requests: 0,
});
const perRequestMs = (seconds: number, t: Throughput) => (seconds * 1000) / Math.max(1, t.requests);
const cpuPerRequestMs = (t: Throughput) => perRequestMs(t.nodeSeconds + t.neo4jSeconds, t);
const cpuSplit = (t: Throughput) =>
  `${perRequestMs(t.nodeSeconds, t).toFixed(2)} + ${perRequestMs(t.neo4jSeconds, t).toFixed(2)}`;

/** One throughput round; the CPU it cost this process (the server answering) and Neo4j is added to `into`. */
async function cannon(side: Side, into: Throughput, neo4jCpu: (() => number) | undefined): Promise<void> {
  const [own0, neo0] = [ownCpu(), neo4jCpu?.() ?? NaN];
  const r = await loadTest({ url: side.url, body: side.body, connections: CONNECTIONS, seconds: SECONDS });
  into.nodeSeconds += ownCpu() - own0;
  into.neo4jSeconds += (neo4jCpu?.() ?? NaN) - neo0;
  into.requests += r.requests.total;
  into.rps.push(r.requests.average);
  into.p50.push(r.latency.p50);
  into.errors += r.errors + r.non2xx + r.timeouts;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const f = (n: number, w = 7, d = 1) => n.toFixed(d).padStart(w);
const load = loadAverage;

export async function runPeerBench(only: string[] = []): Promise<void> {
  const neo4j = benchNeo4j('peer');
  const base = loadConfig({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...ONE_ADDRESS_ENV,
    ...neo4j.env,
  });
  // Parley uncached: the peer has no response cache, so both do the work of every request.
  const config = { ...base, responseCache: { ...base.responseCache, maxMb: 0 } };
  const logger = createLogger('warn', 'bench');
  const db = await openDatabase(config, logger, { migrate: true });
  const uri = config.neo4j.uri ?? db.embedded!.uri!;
  // the Neo4j JVM: the bench's own, or the one listening on NEO4J_URI's port on this machine
  const neo4jPid = db.embedded?.pid ?? listenerPid(Number(new URL(uri).port || 7687));
  const neo4jCpu = neo4jPid ? processCpu(neo4jPid) : undefined;
  try {
    const parley = composeParley({ config, logger: createLogger('silent'), client: db.client });
    if (neo4j.fresh) await parley.loader.loadPaths([path.join(ROOT, 'data', 'sample')]);
    const server = await startHttpServer({ parley, registry: db.registry });
    await server.planned; // time requests, not the start-up plan warm-up beside them
    const peer = await startPeerServer(uri);
    const floor = FLOOR ? await startFloorServer(db.client) : undefined;
    try {
      const cases = PEER_CASES.filter((c) => only.length === 0 || only.includes(c.operation));
      const sides = new Map(
        cases.map((c) => [
          c,
          {
            parley: {
              url: `${server.url}/graphql`,
              body: JSON.stringify({
                query: operationText(path.join(ROOT, 'examples', 'operations'), c),
                variables: c.parleyVariables,
                operationName: c.operation,
              }),
            },
            peer: {
              url: peer.url,
              body: JSON.stringify({
                query: operationText(path.join(__dirname, 'peer', 'operations'), c),
                variables: c.peerVariables,
                operationName: c.operation,
              }),
            },
          },
        ]),
      );
      console.log(`graph: ${uri}; load average at start: ${load()}`);
      console.log('same answers (items compared one by one: ids, counts, dates, in the promised order):');
      let different = 0;
      for (const [c, s] of sides) {
        const eq = compareAnswers(c, await ask(s.parley), await onStockDriver(() => ask(s.peer)));
        if (eq.firstDifference) different++;
        console.log(
          `  ${c.operation.padEnd(20)} ${eq.same}/${eq.items} items equal${
            eq.firstDifference
              ? `; first difference at item ${eq.firstDifference.index}: Parley ${JSON.stringify(eq.firstDifference.parley)} peer ${JSON.stringify(eq.firstDifference.peer)}`
              : ''
          }`,
        );
      }
      for (let i = 0; i < GLOBAL_WARMUP; i++)
        for (const s of sides.values()) {
          await ask(s.parley);
          await onStockDriver(() => ask(s.peer));
        }
      console.log(
        `sequential: ${GLOBAL_WARMUP} warm-up rounds of every operation, then per operation ${WARMUP} more and ${RUNS} timed rounds, one request at a time, servers interleaved; ` +
          `throughput: autocannon ${CONNECTIONS} connections × ${SECONDS} s, servers alternating, ${ROUNDS} rounds each${FLOOR ? ', each round then the floor' : ''}`,
      );
      const rows: string[] = [];
      for (const [c, s] of sides) {
        const [a, b] = await timeInterleaved(
          [async () => void (await ask(s.parley)), async () => void (await onStockDriver(() => ask(s.peer)))],
          WARMUP,
          RUNS,
        );
        const tp = { parley: throughput(), peer: throughput(), floor: throughput() };
        const floorSide = floor && { url: floor.url, body: floorBody(c.operation) };
        for (let r = 0; r < ROUNDS; r++) {
          const order = r % 2 === 0 ? (['parley', 'peer'] as const) : (['peer', 'parley'] as const);
          for (const k of order)
            await (k === 'peer'
              ? onStockDriver(() => cannon(s[k], tp[k], neo4jCpu))
              : cannon(s[k], tp[k], neo4jCpu));
          if (floorSide) await cannon(floorSide, tp.floor, neo4jCpu);
        }
        const row =
          `${c.operation.padEnd(19)}|${f(a!.p50)} ${f(b!.p50)} ${f(a!.p50 / b!.p50, 6, 2)} |` +
          `${f(mean(tp.parley.rps))} ${f(mean(tp.peer.rps))} ${f(mean(tp.parley.rps) / mean(tp.peer.rps), 6, 2)} |` +
          `${f(mean(tp.parley.p50))} ${f(mean(tp.peer.p50))} |` +
          `${f(cpuPerRequestMs(tp.parley), 6, 2)} ${f(cpuPerRequestMs(tp.peer), 6, 2)} ${f(cpuPerRequestMs(tp.peer) / cpuPerRequestMs(tp.parley), 6, 2)} |` +
          `${floorSide ? f(cpuPerRequestMs(tp.floor), 6, 2) : '     —'} ${f(cpuPerRequestMs(tp.peer) / 1.5, 6, 2)} | ${tp.parley.errors}/${tp.peer.errors}`;
        rows.push(row);
        const floorSplit = floorSide ? `, floor ${cpuSplit(tp.floor)}` : '';
        console.log(
          `  ${row}   (load ${load()}; CPU ms per request, Node + Neo4j: Parley ${cpuSplit(tp.parley)}, peer ${cpuSplit(tp.peer)}${floorSplit})`,
        );
      }
      console.log(
        '\noperation          | sequential p50 ms     | throughput req/s      | autocannon p50 | CPU ms per request   | floor  1.5× | errors',
      );
      console.log(
        '                   | Parley    peer  ratio | Parley    peer  ratio | Parley    peer | Parley   peer  ratio |   CPU needs | Parley/peer',
      );
      for (const row of rows) console.log(row);
      console.log(
        "CPU ms per request: the server's process and Neo4j over the throughput rounds (autocannon runs in a process of its own); " +
          'its ratio (peer / Parley) is the throughput ratio with cores to spare',
      );
      console.log(
        "floor CPU: the bare stack (Apollo over express5, one resolver) serving the api bench's hand-written Cypher for the same answer; " +
          '1.5× needs: the CPU per request at which Parley would answer 1.5× the peer’s requests (peer / 1.5). Below the floor, no server on this stack gets there, ' +
          'unless its statement is cheaper than the hand-written one (as tallies are for TopicTrends)',
      );
      console.log(
        `targets: throughput ratio ≥ 1.5, p50 ratio ≤ 0.8; ${different} operation(s) with different answers; load average at end: ${load()}`,
      );
      agent.destroy();
    } finally {
      await peer.close();
      await floor?.close();
      await server.close();
    }
  } finally {
    await db.close();
    neo4j.cleanUp();
  }
}

if (require.main === module) {
  runPeerBench(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
