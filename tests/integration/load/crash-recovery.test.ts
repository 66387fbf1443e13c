// A load interrupted by kill -9, of the Neo4j JVM or of the loader, then run again, leaves the same graph as a clean
// load: every batch is one transaction, so a crash leaves whole batches, and a re-run skips them as unchanged. On a
// Neo4j of this file's own (the kills and the whole-database fingerprint would disturb the tier's).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { LoadService } from '../../../src/load/load.service';
import type { LoadProgress } from '../../../src/load/load.types';
import { loadRegistry } from '../../../src/neo4j/database';
import { EmbeddedNeo4j } from '../../../src/neo4j/embedded-neo4j';
import { launcherPaths } from '../../../src/neo4j/launcher-build';
import { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { migrateSchema } from '../../../src/neo4j/schema-migrator';
import { pictureOfDatabase, type GraphPicture } from '../../fixtures/load/graph-fingerprint';
import { testLogger } from '../../support/test-database';

jest.setTimeout(300_000);

const config = loadConfig(process.env);
const registry = loadRegistry(config);
const sample = path.join(config.projectRoot, 'data', 'sample');
const articles = fs.readdirSync(sample).filter((f) => f.endsWith('.txt')).length;
// Small batches: many transactions, so that a kill lands between the first and the last.
const BATCH = 2;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-crash-'));
let neo4j: EmbeddedNeo4j;
let uri: string;
let client: Neo4jClient;
let clean: GraphPicture;

const neo4jOn = (port: number) =>
  new EmbeddedNeo4j(
    { ...config.embedded, dataDir, port, heap: '512m', pagecacheMb: 64 },
    launcherPaths(config.projectRoot),
    testLogger,
  );

async function connect(): Promise<Neo4jClient> {
  const c = Neo4jClient.create({ ...config.neo4j, uri }, registry, testLogger);
  await c.waitUntilReachable(testLogger);
  return c;
}

const loader = (progress?: LoadProgress) =>
  new LoadService(client, testLogger, {
    batchSize: BATCH,
    maxArticleBytes: config.maxArticleBytes,
    unavailableRetryMs: 500,
  }).loadPaths([sample], progress);

async function articlesInGraph(): Promise<number> {
  const [row] = await client.runRaw<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n', {}, 'READ');
  return row!.n;
}

const wipe = () => client.runRaw('MATCH (n) DETACH DELETE n');

beforeAll(async () => {
  neo4j = neo4jOn(0);
  uri = await neo4j.start();
  client = await connect();
  await migrateSchema(client, registry, testLogger);
  const report = await loader();
  expect(report.failed).toEqual([]);
  expect(report.loaded).toBe(articles);
  clean = await pictureOfDatabase(client);
});

afterAll(async () => {
  await client?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('kill -9 of Neo4j mid-load, restart on the same data, re-run: the graph of a clean load', async () => {
  await wipe();
  const port = Number(new URL(uri).port);
  let killedAfter = 0;
  // Killed once a quarter of the articles are written: the next batch is in flight.
  const progress: LoadProgress = {
    start: () => undefined,
    stop: () => undefined,
    update: (done) => {
      if (killedAfter || done < articles / 4) return;
      killedAfter = done;
      process.kill(neo4j.pid!, 'SIGKILL');
    },
  };
  const interrupted = await loader(progress);
  await neo4j.waitForExit();
  expect(killedAfter).toBeGreaterThan(0);
  expect(interrupted.failed.length).toBeGreaterThan(0);

  await client.close();
  neo4j = neo4jOn(port);
  await neo4j.start();
  client = await connect();
  const survived = await articlesInGraph();
  expect(survived).toBeGreaterThanOrEqual(killedAfter);
  expect(survived).toBeLessThan(articles);

  const rerun = await loader();
  expect(rerun.failed).toEqual([]);
  expect(rerun.unchanged).toBe(survived);
  expect(rerun.loaded).toBe(articles - survived);
  expect(await pictureOfDatabase(client)).toEqual(clean);
  process.stdout.write(
    `crash-recovery: Neo4j killed after ${killedAfter}/${articles} articles, ${survived} survived\n`,
  );
});

/** `parley load` of the sample as a user runs it (the built CLI), on this file's Neo4j. */
function parleyLoad() {
  const child = spawn(
    process.execPath,
    [path.join(config.projectRoot, 'bin', 'parley.js'), 'load', sample, '--batch-size', String(BATCH)],
    {
      env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

test('kill -9 of `parley load` mid-load, re-run: the graph of a clean load', async () => {
  // The reference is a clean load by the same built CLI, so that a dist/ built before the last change to src/ compares
  // like with like (against beforeAll's load through src/ it failed on a node count, not on the crash).
  await wipe();
  const reference = parleyLoad();
  expect({ code: await reference.exited, output: reference.output() }).toEqual({
    code: 0,
    output: expect.stringContaining(`loaded ${articles} articles`),
  });
  const cleanByCli = await pictureOfDatabase(client);
  await wipe();
  const first = parleyLoad();
  let seen = 0;
  while (seen < articles / 4 && first.child.exitCode === null) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    seen = await articlesInGraph();
  }
  first.child.kill('SIGKILL');
  expect(await first.exited).toBeNull(); // killed, not finished
  const survived = await articlesInGraph();
  expect(survived).toBeGreaterThanOrEqual(seen);
  expect(survived).toBeLessThan(articles);

  const second = parleyLoad();
  expect({ code: await second.exited, output: second.output() }).toEqual({
    code: 0,
    output: expect.stringContaining(
      `loaded ${articles - survived} articles, ${survived} skipped as unchanged, 0 failed`,
    ),
  });
  expect(await pictureOfDatabase(client)).toEqual(cleanByCli);
  process.stdout.write(
    `crash-recovery: loader killed after ${seen}/${articles} articles, ${survived} survived\n`,
  );
});
