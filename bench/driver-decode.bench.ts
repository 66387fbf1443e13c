import { loadConfig } from '../src/config';
import { createLogger } from '../src/logging/logger';
import { openDatabase } from '../src/neo4j/database';
import { installSingleBufferMessages } from '../src/neo4j/single-buffer-messages';
import { benchNeo4j } from './bench-neo4j';
import { loadAverage } from './cpu';
import { p50, ratioSpread, samplePairedRounds, type Pair } from './paired-rounds';

// Decoding answers with the driver's own reading of multi-chunk Bolt messages (a) against Parley's single-buffer
// reading (b, src/neo4j/single-buffer-messages.ts), in paired rounds on one Neo4j: pages of meeting-like maps (ids,
// names, dates, nested [id, name] lists) in one record, of growing size, and the same 1 MB as one row per item (each
// message one chunk: nothing to gain, the control). Ratios a/b of p50 wall-clock and of this process's CPU.
// `npm run bench -- driver-decode`; NEO4J_URI to use a running Neo4j, else a fresh embedded one.

const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);

const PAGE = `RETURN [i IN range(1, $n) | { id: 'meeting-' + toString(i), label: 'Meeting', name: 'Talks in Zürich, round ' +
  toString(i), date: '2024-05-' + toString(1 + i % 28), participants: [j IN range(1, 4) | ['host', 'Foreign Minister',
  ['person-' + toString(i * 7 + j), 'Minister number ' + toString(j)]]], topics: [j IN range(1, 12) |
  ['topic-' + toString(j), 'Topic ' + toString(j)]] }] AS page`;
const ROWS = PAGE.replace('RETURN [i IN range(1, $n) |', 'UNWIND range(1, $n) AS i RETURN').replace(
  /\] AS page$/,
  ' AS item',
);

const CASES = [
  { name: 'one record of 100 items', cypher: PAGE, n: 100 },
  { name: 'one record of 250 items', cypher: PAGE, n: 250 },
  { name: 'one record of 1,000 items', cypher: PAGE, n: 1000 },
  { name: '1,000 records of one item (control)', cypher: ROWS, n: 1000 },
];

export async function runDriverDecodeBench(): Promise<void> {
  const neo4j = benchNeo4j('decode');
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    ...neo4j.env,
  });
  const db = await openDatabase(config, createLogger('warn', 'bench'), { migrate: false });
  try {
    const pairs: Pair[] = CASES.map((c) => {
      const run = async () => void (await db.client.runRaw(c.cypher, { n: c.n }, 'READ'));
      return [
        async () => {
          installSingleBufferMessages()?.();
          await run();
        },
        async () => {
          if (!installSingleBufferMessages())
            throw new Error('the driver is not the one this was written for');
          await run();
        },
      ];
    });
    console.log(`${WARMUP} warm-up and ${RUNS} paired rounds per answer; load average ${loadAverage()}`);
    // One answer at a time: the stock side's garbage from the 1 MB answer would otherwise be collected on the others.
    const samples = [];
    for (const pair of pairs) samples.push(...(await samplePairedRounds([pair], WARMUP, RUNS)));
    console.log(
      'answer                                      | stock p50 ms  CPU | single p50 ms  CPU | wall a/b [95%]    | CPU a/b',
    );
    for (const [i, c] of CASES.entries()) {
      const s = samples[i]!;
      const wall = ratioSpread(s.wall[0], s.wall[1]);
      const cpu = ratioSpread(s.cpu[0], s.cpu[1]);
      const f = (x: number, w = 7) => x.toFixed(2).padStart(w);
      const kb = JSON.stringify(await db.client.runRaw(c.cypher, { n: c.n }, 'READ')).length / 1024;
      console.log(
        `${`${c.name} (${kb.toFixed(0)} KB)`.padEnd(44)}|${f(p50(s.wall[0]), 12)}${f(p50(s.cpu[0]))} |${f(p50(s.wall[1]), 13)}${f(p50(s.cpu[1]))} |` +
          `${f(wall.ratio)} [${wall.low.toFixed(2)}, ${wall.high.toFixed(2)}] |${f(cpu.ratio)}`,
      );
    }
    console.log(`load average at end: ${loadAverage()}`);
  } finally {
    installSingleBufferMessages();
    await db.close();
    neo4j.cleanUp();
  }
}

if (require.main === module) {
  runDriverDecodeBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
