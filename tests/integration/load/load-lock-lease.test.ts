// The load lock has a lease: a writer that stalls while holding it (a SIGSTOPped loader, a hung process) blocks the
// other writers only until its transaction's lease runs out; Neo4j then ends it, and nothing of it is written.
import { LoadService } from '../../../src/load/load.service';
import type { Neo4jClient, Params, QueryRunner, Row } from '../../../src/neo4j/neo4j-client';
import { buildExtraction } from '../../fixtures/load/extraction.builder';
import { testClient, testLogger } from '../../support/test-database';

const LEASE_MS = 2000;
const run = `lease${Date.now().toString(36)}`;
let client: Neo4jClient;

beforeAll(() => {
  client = testClient();
});
afterAll(async () => {
  await client.runRaw('MATCH (a:Article) WHERE a.title STARTS WITH $run DETACH DELETE a', { run });
  await client.close();
});

const article = (n: number) =>
  buildExtraction({
    body: `${run} article ${n}.`,
    date: '2024-07-25',
    url: `https://example.test/${run}/${n}`,
    title: `${run} ${n}`,
    file: `${run}-${n}.txt`,
    people: [{ name: `Ilse Q${run}${n}`, title: 'Foreign Minister', country: 'AT' }],
  });

const loader = (runner: QueryRunner, lockLeaseMs = LEASE_MS) =>
  new LoadService(runner, testLogger, {
    batchSize: 10,
    maxArticleBytes: 1_000_000,
    unavailableRetryMs: 500,
    lockLeaseMs,
  });

/** The client, except that a write transaction stops after taking the load lock until `resume` is called. */
function stallingAfterLock(inner: Neo4jClient) {
  let resume!: () => void;
  const resumed = new Promise<void>((resolve) => (resume = resolve));
  let locked!: () => void;
  const holding = new Promise<void>((resolve) => (locked = resolve));
  const runner: QueryRunner = {
    read: (name, params, options) => inner.read(name, params, options),
    write: (name, params, options) => inner.write(name, params, options),
    statement: (name) => inner.statement(name),
    writeTransaction: (work, options) =>
      inner.writeTransaction(
        (tx) =>
          work({
            run: async <T extends Row = Row>(name: string, params?: Params) => {
              const rows = await tx.run<T>(name, params);
              if (name === 'load/begin-batch') {
                locked();
                await resumed;
              }
              return rows;
            },
          }),
        options,
      ),
  };
  return { runner, holding, resume };
}

test('a writer stalled with the load lock holds it no longer than the lease', async () => {
  // Statements planned first (a cold plan of the big load statements can take longer than this short lease).
  expect((await loader(client, 120_000).loadExtractions([article(0)])).loaded).toBe(1);
  const stalled = stallingAfterLock(client);
  const held = loader(stalled.runner).loadExtractions([article(1)]);
  const early = await Promise.race([stalled.holding.then(() => undefined), held]);
  expect(early).toBeUndefined(); // the stalled writer took the lock rather than finishing

  const started = performance.now();
  // (its own transaction waits for the lock too: a longer lease, so that only the stalled one runs out)
  const other = await loader(client, LEASE_MS * 10).loadExtractions([article(2)]);
  const waited = performance.now() - started;
  stalled.resume();
  const report = await held;

  expect(other.loaded).toBe(1);
  // Without the lease the other writer waits for the stalled one's write timeout (60 s by default); with it, the lease
  // plus Neo4j's check interval (2 s) and its own work (7.7 s in all at load 13).
  expect(waited).toBeLessThan(30_000);
  // The stalled writer's transaction was ended: its article failed and nothing of it is in the graph.
  expect(report.loaded).toBe(0);
  expect(report.failed).toHaveLength(1);
  const rows = await client.runRaw<{ title: string }>(
    'MATCH (a:Article) WHERE a.title STARTS WITH $run RETURN a.title AS title',
    { run },
    'READ',
  );
  expect(rows.map((r) => r.title).sort()).toEqual([`${run} 0`, `${run} 2`]);
  process.stdout.write(`lease ${LEASE_MS} ms: the other writer waited ${Math.round(waited)} ms\n`);
});
