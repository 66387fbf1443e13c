// Loader throughput: end to end against bare extraction (target ≥ 0.5), and our batched writes against a plain
// UNWIND … MERGE of the same rows (target ≥ 0.8×), on a fresh embedded Neo4j. `npx tsx bench/load.bench.ts`
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { decodeArticle, extractArticle } from '../src/extract/extract-article';
import { LoadService } from '../src/load/load.service';
import { createLogger } from '../src/logging/logger';
import { openDatabase } from '../src/neo4j/database';
import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherRegistry } from '../src/neo4j/cypher-registry';
import type { Params, QueryRunner } from '../src/neo4j/neo4j-client';
import type { LoadReport } from '../src/load/load.types';
import { compilerCpu, ownCpu, processCpu } from './cpu';
import { writeReplicas } from './load-scale';

const ARTICLES = Number(process.env.PARLEY_BENCH_LOAD_ARTICLES ?? 600);
/** Warm-up ends when the JVM's JIT compiler threads used less than this share of a core over a pass. */
const QUIET_COMPILER_SHARE = 0.1;
const MAX_WARM_PASSES = 30;
/** Against a Neo4j whose threads this process cannot see (NEO4J_URI). */
const FIXED_WARM_PASSES = 3;

/** Articles a load went through per second. */
const rateOf = (r: LoadReport) => (r.loaded + r.unchanged) / r.seconds;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** load/merge-facts parameter → [from label, type, to label]. */
const FACT_ENDS: Record<string, [string, string, string]> = {
  attended: ['Person', 'ATTENDED', 'Meeting'],
  discussed: ['Meeting', 'DISCUSSED', 'Topic'],
  heldIn: ['Meeting', 'HELD_IN', 'Place'],
  inCountry: ['Place', 'IN_COUNTRY', 'Country'],
  holdsPosition: ['Person', 'HOLDS_POSITION', 'Organization'],
  represents: ['Person', 'REPRESENTS', 'Country'],
  partOf: ['Organization', 'PART_OF', 'Organization'],
  ofCountry: ['Organization', 'OF_COUNTRY', 'Country'],
};
/** load/merge-nodes parameter → [label, relationship from the article], in the statement's order. */
const NODE_LABELS: Record<string, [string, string]> = {
  countries: ['Country', 'MENTIONS'],
  organizations: ['Organization', 'MENTIONS'],
  places: ['Place', 'MENTIONS'],
  topics: ['Topic', 'MENTIONS'],
  people: ['Person', 'MENTIONS'],
  meetings: ['Meeting', 'REPORTS'],
};

// The keys the graph model indexes every mention by (fragments/mention-source-keys): part of the rows, not set logic.
const MENTION_KEYS = ", r.node = n.id, r.date = coalesce(toString(a.date), '')";

/**
 * The baseline: the plainest UNWIND … MERGE per kind that writes the same rows (id-keyed nodes, sources
 * overwritten, no set logic), one statement per non-empty kind, as a loader without folding would send them.
 */
function baselineStatements(name: string, statementParams: Params): Array<{ text: string; params: Params }> {
  const params = (statementParams.batch ?? {}) as Params;
  const out: Array<{ text: string; params: Params }> = [];
  // Rows name articles by position in the statement's ids, as ours do.
  const add = (text: string, rows: unknown) => {
    if (Array.isArray(rows) && rows.length) out.push({ text, params: { rows, ids: params.ids ?? [] } });
  };
  if (name === 'load/merge-nodes') {
    add(
      'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a.key = row.key, a.title = row.title, a.source = row.source, a.url = row.url, a.file = row.file, a.date = date(row.date)',
      params.articles,
    );
    for (const [param, [label, rel]] of Object.entries(NODE_LABELS)) {
      add(
        `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += coalesce(row.props, {})
      WITH n, row UNWIND row.mentions AS m MATCH (a:Article {id: $ids[toInteger(m.article)]}) MERGE (a)-[r:${rel}]->(n) SET r.sentence = m.sentence, r.start = m.start, r.end = m.end${rel === 'MENTIONS' ? MENTION_KEYS : ''}`,
        params[param],
      );
    }
  }
  if (name === 'load/merge-facts') {
    for (const [param, [from, type, to]] of Object.entries(FACT_ENDS)) {
      const key = type === 'HOLDS_POSITION' ? ' {title: row.title}' : '';
      add(
        `UNWIND $rows AS row MATCH (x:${from} {id: row.from}) MATCH (y:${to} {id: row.to}) MERGE (x)-[r:${type}${key}]->(y) SET r.articles = [x IN row.articles | $ids[toInteger(x)]]`,
        params[param],
      );
    }
  }
  return out;
}

/** Rows a statement writes: every list of its batch except the article ids the rows point into. */
const rowsOf = (params: Params) =>
  Object.entries((params.batch ?? {}) as Params).reduce<number>(
    (s, [name, v]) => s + (name !== 'ids' && Array.isArray(v) ? v.length : 0),
    0,
  );

type Batch = Array<{ name: string; params: Params }>;

const rowsOfBatch = (batch: Batch) => batch.reduce((s, b) => s + rowsOf(b.params), 0);

/** Replays recorded write batches (on a graph cleared first), one transaction each, with our statement texts or the baseline's. */
async function replay(
  driver: Driver,
  registry: CypherRegistry,
  batches: Batch[],
  baseline: boolean,
): Promise<number> {
  let rows = 0;
  const t0 = performance.now();
  const session = driver.session();
  try {
    for (const batch of batches) {
      await session.executeWrite(async (tx) => {
        for (const { name, params } of batch) {
          if (!baseline) await tx.run(registry.get(name), params);
          else
            for (const statement of baselineStatements(name, params))
              await tx.run(statement.text, statement.params);
        }
      });
      rows += rowsOfBatch(batch);
    }
  } finally {
    await session.close();
  }
  return rows / ((performance.now() - t0) / 1000);
}

export async function runLoadBench(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-load-bench-'));
  const articles = path.join(work, 'articles');
  writeReplicas(ARTICLES, articles);
  const files = fs
    .readdirSync(articles, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(articles, f));
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    PARLEY_DATA_DIR: path.join(work, 'neo4j'),
    PARLEY_NEO4J_PORT: '0',
  });
  const logger = createLogger('warn');
  const db = await openDatabase(config, logger, { migrate: true });
  try {
    // Bare extraction: read, decode and extract every file, in process; one untimed pass warms V8 here, and the timed
    // passes run right before each timed load pass below, once Neo4j's JIT has gone quiet (timed while a fresh JVM still
    // compiled on the other core, extraction read up to twice its CPU).
    const extractCpu: number[] = [];
    const extractRates: number[] = [];
    const extractPass = () => {
      const t0 = performance.now();
      const c0 = ownCpu();
      for (const f of files) extractArticle(decodeArticle(fs.readFileSync(f)), { file: f });
      extractCpu.push((ownCpu() - c0) / files.length);
      extractRates.push(files.length / ((performance.now() - t0) / 1000));
    };
    extractPass();
    extractCpu.length = 0;
    extractRates.length = 0;

    // Load everything end to end, recording each write (two transactions may be open at once: each records its own).
    const recorded: Batch[] = [];
    // Statements per write transaction (round trips to Neo4j per batch).
    const trips: number[] = [];
    const recording: QueryRunner = {
      read: (n, p, o) => db.client.read(n, p, o),
      write: (n, p, o) => db.client.write(n, p, o),
      statement: (n) => db.client.statement(n),
      writeTransaction: async (work, o) => {
        let current: Batch = [];
        let count = 0;
        const result = await db.client.writeTransaction((tx) => {
          current = []; // a retried attempt records afresh
          count = 0;
          return work({
            run: (name, params = {}) => {
              count++;
              if (name.startsWith('load/merge-')) current.push({ name, params });
              return tx.run(name, params);
            },
          });
        }, o);
        recorded.push(current);
        trips.push(count);
        return result;
      },
    };
    const service = new LoadService(recording, logger, {
      batchSize: config.loadBatchSize,
      maxArticleBytes: config.maxArticleBytes,
    });
    const clear = async () => {
      await db.client.runRaw('MATCH (n) WHERE NOT n:LoadLock DETACH DELETE n');
      recorded.length = 0;
      trips.length = 0;
    };
    const cold = await service.loadPaths(files);
    // HotSpot needs a minute or more of load on two cores to compile Neo4j's write path, and its compiler threads
    // take a core meanwhile: warm up until they go quiet, as any long load or running server is, then time.
    const compilers = db.embedded?.pid ? compilerCpu(db.embedded.pid) : undefined;
    let warmPasses = 0;
    let compilerShare = Number.NaN;
    while (warmPasses < (compilers ? MAX_WARM_PASSES : FIXED_WARM_PASSES)) {
      await clear();
      const before = compilers?.() ?? 0;
      const pass = await service.loadPaths(files);
      warmPasses++;
      if (!compilers) continue;
      compilerShare = (compilers() - before) / pass.seconds;
      if (compilerShare < QUIET_COMPILER_SHARE) break;
    }
    // CPU of both processes per article: on a machine whose cores are all busy, it bounds the ratio.
    const neo4jCpu = db.embedded?.pid ? processCpu(db.embedded.pid) : undefined;
    const timed: Array<{ report: LoadReport; node: number; neo4j: number }> = [];
    for (let i = 0; i < 3; i++) {
      await clear();
      extractPass();
      const [c0, j0] = [ownCpu(), neo4jCpu?.() ?? 0];
      const pass = await service.loadPaths(files);
      const n = pass.loaded + pass.unchanged;
      timed.push({ report: pass, node: (ownCpu() - c0) / n, neo4j: ((neo4jCpu?.() ?? 0) - j0) / n });
    }
    const extractRate = median(extractRates);
    const rates = timed.map((t) => rateOf(t.report));
    const loadRate = median(rates);
    const { report, node: loaderCpu, neo4j: serverCpu } = timed[rates.indexOf(loadRate)]!;

    // Our batched writes against the baseline, replaying the same rows, alternating, best of three each.
    const batches = recorded.filter((b) => b.length);
    const roundTrips = trips.reduce((s, n) => s + n, 0) / Math.max(1, trips.length);
    const driver = neo4j.driver(db.client.uri);
    const ours: number[] = [];
    const base: number[] = [];
    // Neo4j CPU per article of each replay: what our two write statements cost against the plainest MERGE of their rows.
    const oursCpu: number[] = [];
    const baseCpu: number[] = [];
    const replayed = async (baseline: boolean) => {
      await driver.executeQuery('MATCH (n) WHERE NOT n:LoadLock DETACH DELETE n');
      const j0 = neo4jCpu?.() ?? 0;
      (baseline ? base : ours).push(await replay(driver, db.registry, batches, baseline));
      (baseline ? baseCpu : oursCpu).push(((neo4jCpu?.() ?? 0) - j0) / report.loaded);
    };
    try {
      for (let round = 0; round < 3; round++) {
        await replayed(false);
        await replayed(true);
      }
    } finally {
      await driver.close();
    }
    const best = (xs: number[]) => Math.max(...xs);
    console.log(
      `articles                       ${files.length} (corpus replicated with varied names and dates)`,
    );
    console.log(
      `bare extraction                ${extractRate.toFixed(1)} articles/s (median of 3 passes, each right before a timed load pass)`,
    );
    console.log(
      `loader end to end              ${loadRate.toFixed(1)} articles/s (${report.loaded} loaded, ${report.failed.length} failed, ${report.nodesCreated} nodes, ${report.relationshipsCreated} relationships)`,
    );
    console.log(`ratio loader / extraction      ${(loadRate / extractRate).toFixed(2)} (target ≥ 0.5)`);
    console.log(
      `  (medians of 3 passes; the loader's after ${warmPasses} warm-up passes${Number.isNaN(compilerShare) ? '' : `, JIT compilers at ${(100 * compilerShare).toFixed(0)} % of a core in the last`})`,
    );
    const ms = (x: number) => (1000 * x).toFixed(2);
    const cores = os.availableParallelism();
    const perArticle = loaderCpu + serverCpu;
    console.log(
      `CPU per article                extraction ${ms(median(extractCpu))} ms; loader ${ms(perArticle)} ms (this process ${ms(loaderCpu)}, Neo4j ${neo4jCpu ? ms(serverCpu) : 'not seen'})`,
    );
    if (neo4jCpu)
      console.log(
        `ratio the CPUs allow           ≤ ${(cores / perArticle / extractRate).toFixed(2)} (${cores} cores all busy; the loader kept ${((100 * perArticle * loadRate) / cores).toFixed(0)} % of them busy)`,
      );
    console.log(
      `round trips per batch          ${roundTrips.toFixed(1)} (batch size ${config.loadBatchSize}, ${trips.length} batches)`,
    );
    console.log(`  (first pass on the cold server: ${rateOf(cold).toFixed(1)} articles/s)`);
    console.log(`batched writes (ours)          ${best(ours).toFixed(0)} rows/s`);
    console.log(`plain UNWIND … MERGE baseline  ${best(base).toFixed(0)} rows/s`);
    console.log(`ratio ours / baseline          ${(best(ours) / best(base)).toFixed(2)} (target ≥ 0.8)`);
    if (neo4jCpu)
      console.log(
        `Neo4j CPU per article, replays ours (merge-nodes + merge-facts) ${ms(median(oursCpu))} ms; plain MERGE of the same rows ${ms(median(baseCpu))} ms (medians of 3; the clear before each is not counted)`,
      );
    // What Neo4j alone allows here: the plainest MERGE of an article's rows, with no lookups, extraction or commit logic.
    const rowsPerArticle =
      batches.reduce((s, batch) => s + rowsOfBatch(batch), 0) / Math.max(1, report.loaded);
    const ceiling = best(base) / rowsPerArticle;
    console.log(
      `plain MERGE alone              ${ceiling.toFixed(1)} articles/s (${rowsPerArticle.toFixed(0)} rows per article): ratio ceiling ${(ceiling / extractRate).toFixed(2)}`,
    );
  } finally {
    await db.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runLoadBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
