import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { RelationshipType } from '../../../src/api/traversal/relationship-type';
import { loadConfig } from '../../../src/config';
import { CsvWriter, importScript } from '../../../src/export/csv.writer';
import { ExportService } from '../../../src/export/export.service';
import { GraphmlWriter } from '../../../src/export/graphml.writer';
import { JsonLinesWriter } from '../../../src/export/jsonl.writer';
import { LoadService } from '../../../src/load/load.service';
import { FACT_TYPES } from '../../../src/load/write-plan.rows';
import { launcherPaths } from '../../../src/neo4j/launcher-build';
import { loadRegistry } from '../../../src/neo4j/database';
import { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { testLogger } from '../../support/test-database';

// parley export against the real graph (the bundled sample loaded): what the files hold is what Neo4j holds.

const ROOT = path.join(__dirname, '..', '..', '..');
const LABELS = ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article'];
const TYPES = Object.values(RelationshipType);
const NO_WINDOW = { from: null, to: null };
let client: Neo4jClient;
let dir: string;

type Counts = {
  nodes: number;
  relationships: number;
  properties: number;
};

/**
 * What Neo4j holds of the public model: nodes, relationships, and their property values, empty lists left out
 * (neo4j-admin stores an empty field as no property, and Parley reads a missing list as an empty one).
 */
async function graphCounts(): Promise<Counts> {
  const [row] = await client.runRaw<Counts>(
    `CALL () { MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
       RETURN count(n) AS nodes, sum(size([k IN keys(n) WHERE NOT (valueType(n[k]) STARTS WITH 'LIST' AND size(n[k]) = 0)])) AS np }
     CALL () { MATCH (a)-[r]->(b) WHERE type(r) IN $types
       RETURN count(r) AS relationships, sum(size([k IN keys(r) WHERE NOT (valueType(r[k]) STARTS WITH 'LIST' AND size(r[k]) = 0)])) AS rp }
     RETURN nodes, relationships, np + rp AS properties`,
    { labels: LABELS, types: TYPES },
  );
  return row!;
}

beforeAll(async () => {
  // A busy shared machine must not turn a slow first plan into a failure: the query timeout of a CLI run, raised.
  const config = loadConfig({ ...process.env, PARLEY_QUERY_TIMEOUT_MS: '60000' });
  client = Neo4jClient.create({ ...config.neo4j, uri: config.neo4j.uri! }, loadRegistry(config));
  const loader = new LoadService(client, testLogger, { batchSize: 200, maxArticleBytes: 5_000_000 });
  expect((await loader.loadPaths([path.join(ROOT, 'data', 'sample')])).failed).toEqual([]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-export-'));
}, 240_000);

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await client?.close();
});

test('GraphML of the whole graph opens in a GraphML parser with the node and edge counts of Neo4j', async () => {
  const file = path.join(dir, 'graph.graphml');
  const summary = await new ExportService(client).run({ window: NO_WINDOW }, new GraphmlWriter(file));
  const counts = await graphCounts();
  const graph = parse(MultiDirectedGraph, fs.readFileSync(file, 'utf8'));
  expect({ nodes: graph.order, edges: graph.size }).toEqual({
    nodes: counts.nodes,
    edges: counts.relationships,
  });
  expect({ nodes: summary.nodes, edges: summary.relationships }).toEqual({
    nodes: counts.nodes,
    edges: counts.relationships,
  });
  // Attributes survive with their types: a person's label and name, a list as JSON, a relationship's type.
  const [person] = await client.runRaw<{ id: string; name: string; aliases: string[] }>(
    'MATCH (p:Person) WHERE size(p.aliases) > 0 RETURN p.id AS id, p.name AS name, p.aliases AS aliases LIMIT 1',
  );
  expect(graph.getNodeAttributes(person!.id)).toMatchObject({
    labels: ':Person',
    label: person!.name,
    name: person!.name,
    aliases: JSON.stringify(person!.aliases),
  });
  const types = new Set(graph.mapEdges((_e, attributes) => attributes.label as string));
  expect([...types].every((t) => TYPES.includes(t as RelationshipType))).toBe(true);
  expect(types.has('ATTENDED')).toBe(true);
}, 120_000);

test('JSON Lines holds one line per node and per relationship', async () => {
  const file = path.join(dir, 'graph.jsonl');
  await new ExportService(client).run({ window: NO_WINDOW }, new JsonLinesWriter(file));
  const seen = { node: 0, relationship: 0 };
  for await (const line of readline.createInterface({ input: fs.createReadStream(file) })) {
    const item = JSON.parse(line) as { type: 'node' | 'relationship' };
    seen[item.type]++;
  }
  const counts = await graphCounts();
  expect(seen).toEqual({ node: counts.nodes, relationship: counts.relationships });
}, 120_000);

test('the CSV export loads with neo4j-admin database import into an empty database with identical counts', async () => {
  const out = path.join(dir, 'csv');
  await new ExportService(client).run({ window: NO_WINDOW }, new CsvWriter(out));
  const counts = await graphCounts();
  // neo4j-admin of Neo4j 5.26, from the embedded launcher's own jars, into an empty home: the command import.sh runs.
  const home = path.join(dir, 'home');
  fs.mkdirSync(path.join(home, 'conf'), { recursive: true });
  const files = fs.readdirSync(out).filter((f) => f.endsWith('.csv'));
  const script = importScript(files);
  const args = script
    .split('\n')
    .map((l) => /^\s+(--(?:nodes|relationships))="\$DIR\/([^"]+)"/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]}=${path.join(out, m[2]!)}`);
  expect(args).toHaveLength(files.length);
  const lib = launcherPaths(loadConfig(process.env).projectRoot).lib;
  const r = spawnSync(
    'java',
    [
      '-Xmx512m',
      '-cp',
      `${lib}/*`,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      'neo4j',
      '--overwrite-destination',
      '--multiline-fields=true',
      '--array-delimiter=;',
      '--id-type=string',
      `--report-file=${path.join(home, 'import.report')}`,
      ...args,
    ],
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') }, encoding: 'utf8' },
  );
  expect(r.status).toBe(0);
  const imported = /Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties/.exec(r.stdout);
  expect(imported?.slice(1).map(Number)).toEqual([counts.nodes, counts.relationships, counts.properties]);
}, 180_000);

test('--around exports the neighbourhood within the depth and window', async () => {
  const file = path.join(dir, 'around.jsonl');
  const name = 'Kim Hong-kyun';
  const summary = await new ExportService(client).run(
    { around: name, depth: 1, window: { from: '2024-01-01', to: '2024-12-31' } },
    new JsonLinesWriter(file),
  );
  const [expected] = await client.runRaw<{ ids: string[] }>(
    `MATCH (p:Person {personKey: 'hongkyun-kim'})-[r]-(x) WHERE type(r) IN $facts
       AND (NOT x:Meeting OR (x.dateEnd >= date('2024-01-01') AND x.dateStart <= date('2024-12-31')))
     WITH p, collect(DISTINCT x.id) AS xs RETURN [p.id] + xs AS ids`,
    { facts: FACT_TYPES },
  );
  const lines = fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; id?: string; start?: { id: string }; end?: { id: string } });
  const nodeIds = lines.filter((l) => l.type === 'node').map((l) => l.id);
  expect(nodeIds.sort()).toEqual([...expected!.ids].sort());
  expect(nodeIds.length).toBeGreaterThan(2);
  const inside = new Set(nodeIds);
  const rels = lines.filter((l) => l.type === 'relationship');
  expect(rels.length).toBe(summary.relationships);
  expect(rels.every((l) => inside.has(l.start!.id) && inside.has(l.end!.id))).toBe(true);
  await expect(
    new ExportService(client).run(
      { around: 'Nobody Atall Xyz', depth: 1, window: NO_WINDOW },
      new JsonLinesWriter(file),
    ),
  ).rejects.toThrow(/no entity matches/);
}, 120_000);
