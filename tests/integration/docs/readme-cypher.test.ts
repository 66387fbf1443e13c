import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { LoadService } from '../../../src/load/load.service';
import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { testClient, testLogger } from '../../support/test-database';

// The Cypher the README offers for Neo4j Browser and cypher-shell runs on the real graph and answers.

const ROOT = path.join(__dirname, '..', '..', '..');
let client: Neo4jClient;

/** The statements of the README's cypher block, in order. */
function readmeStatements(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /```cypher\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

beforeAll(async () => {
  client = testClient();
  const config = loadConfig(process.env);
  const loader = new LoadService(client, testLogger, {
    batchSize: config.loadBatchSize,
    maxArticleBytes: config.maxArticleBytes,
  });
  expect((await loader.loadPaths([path.join(ROOT, 'data', 'sample')])).failed).toEqual([]);
}, 240_000);

afterAll(async () => {
  await client?.close();
});

test("the README's three example queries answer on the sample graph", async () => {
  const statements = readmeStatements();
  expect(statements).toHaveLength(3);
  const [pairs, meetings, chain] = await Promise.all(
    statements.map((s) => client.runRaw<Record<string, unknown>>(s)),
  );
  // Who met whom: pairs ranked by shared meetings.
  expect(pairs!.length).toBeGreaterThan(1);
  const counts = pairs!.map((r) => Number(r.meetings));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(counts[0]).toBeGreaterThan(1);
  // One person's meetings in date order, each with a source article.
  expect(meetings!.length).toBeGreaterThan(1);
  const dates = meetings!.map((r) => String(r['m.date']));
  expect(dates).toEqual([...dates].sort());
  for (const r of meetings!) expect(r['source.url'] ?? r['source.sentence']).toBeTruthy();
  // A chain between the two people.
  expect(chain).toHaveLength(1);
}, 120_000);
