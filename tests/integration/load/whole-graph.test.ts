// Whole-graph properties (idempotency, concurrency, query plans) on a second embedded Neo4j owned by this file alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { NO_CHILDREN, withParam } from '../../../src/api/meeting/meeting-children';
import { toRows, type MeetingPageRow } from '../../../src/api/meeting/meeting.repository';
import { TopicRepository } from '../../../src/api/topic/topic.repository';
import { loadConfig } from '../../../src/config';
import { LoadService } from '../../../src/load/load.service';
import { loadRegistry } from '../../../src/neo4j/database';
import { EmbeddedNeo4j } from '../../../src/neo4j/embedded-neo4j';
import { launcherPaths } from '../../../src/neo4j/launcher-build';
import { Neo4jClient, type Params, type QueryRunner } from '../../../src/neo4j/neo4j-client';
import { migrateSchema } from '../../../src/neo4j/schema-migrator';
import { pictureOfDatabase } from '../../fixtures/load/graph-fingerprint';
import { testLogger } from '../../support/test-database';

jest.setTimeout(300_000);

const config = loadConfig(process.env);
const registry = loadRegistry(config);
const sample = path.join(config.projectRoot, 'data', 'sample');
const sampleFiles = fs
  .readdirSync(sample)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(sample, f));
let dataDir: string;
let embedded: EmbeddedNeo4j;
let uri: string;
const clients: Neo4jClient[] = [];

function newClient(): Neo4jClient {
  const c = Neo4jClient.create({ ...config.neo4j, uri }, registry);
  clients.push(c);
  return c;
}

function service(runner: QueryRunner, batchSize = 10): LoadService {
  return new LoadService(runner, testLogger, { batchSize, maxArticleBytes: config.maxArticleBytes });
}

async function clear(client: Neo4jClient): Promise<void> {
  await client.runRaw('MATCH (n) DETACH DELETE n');
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-load-graph-'));
  embedded = new EmbeddedNeo4j(
    { ...config.embedded, dataDir, port: 0, heap: '768m', pagecacheMb: 64 },
    launcherPaths(config.projectRoot),
    testLogger,
  );
  uri = await embedded.start();
  const client = newClient();
  await client.waitUntilReachable();
  await migrateSchema(client, registry, testLogger);
});

afterAll(async () => {
  for (const c of clients) await c.close();
  await embedded?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('loading the bundled sample', () => {
  it('twice gives identical counts and properties, and an edited article leaves no orphans', async () => {
    const client = newClient();
    await clear(client);
    const first = await service(client).loadPaths([sample]);
    expect(first.loaded).toBeGreaterThan(30);
    expect(first.nodesCreated).toBeGreaterThan(100);
    const before = await pictureOfDatabase(client);
    expect(before.nodes).toBe(first.nodesCreated);
    expect(before.relationships).toBe(first.relationshipsCreated);

    const second = await service(client).loadPaths([sample]);
    expect(second).toMatchObject({
      loaded: 0,
      unchanged: first.loaded,
      nodesCreated: 0,
      relationshipsCreated: 0,
    });
    expect(second.failed).toEqual(first.failed);
    expect(await pictureOfDatabase(client)).toEqual(before);

    // An edited version of one article (same URL in its header, a new body) replaces the old one.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-edited-'));
    const original = fs.readFileSync(path.join(sample, 'state-001.txt'), 'utf8');
    fs.writeFileSync(
      path.join(tmp, 'state-001.txt'),
      original.replace(/Quad/g, 'Quadrilateral').replace('in Washington, DC', 'in Tokyo'),
    );
    const edited = await service(client).loadPaths([tmp]);
    fs.rmSync(tmp, { recursive: true, force: true });
    expect(edited).toMatchObject({ loaded: 1, failed: [] });
    const [orphans] = await client.runRaw<{ n: number; articles: number }>(
      `RETURN COUNT { MATCH (x) WHERE NOT x:Article AND NOT x:LoadLock AND NOT EXISTS { (:Article)-->(x) }
                        AND NOT ((x:NameKey OR x:MeetingDay OR x:MeetingMonth OR x:TopicMonth OR x:PairMonth) AND EXISTS { (x)-->() }) } AS n,
              COUNT { MATCH (a:Article) } AS articles`,
    );
    expect(orphans).toEqual({ n: 0, articles: first.loaded });
  });
});

describe('two loaders at once', () => {
  it('end with the same graph as one sequential load', async () => {
    const client = newClient();
    await clear(client);
    const half = Math.ceil(sampleFiles.length * 0.6);
    const left = sampleFiles.slice(0, half);
    const right = sampleFiles.slice(sampleFiles.length - half).reverse();
    const [a, b] = await Promise.all([
      service(newClient(), 4).loadPaths(left),
      service(newClient(), 3).loadPaths(right),
    ]);
    expect(a.loaded + b.loaded).toBe(
      new Set([...left, ...right]).size -
        a.failed.length -
        b.failed.length +
        (a.failed.length && b.failed.length
          ? b.failed.filter((f) => a.failed.some((g) => g.file === f.file)).length
          : 0),
    );
    const concurrent = await pictureOfDatabase(client);

    await clear(client);
    await service(client, 10).loadPaths([sample]);
    const sequential = await pictureOfDatabase(client);
    expect(concurrent).toEqual(sequential);
  });
});

describe('query plans of the load statements', () => {
  it('never scan a label: every MERGE and lookup is index-backed (checked with PROFILE, rolled back)', async () => {
    const client = newClient();
    await clear(client);
    const seen = new Map<string, Params>();
    const recording: QueryRunner = {
      read: (n, p, o) => client.read(n, p, o),
      write: (n, p, o) => client.write(n, p, o),
      statement: (n) => client.statement(n),
      writeTransaction: (work, o) =>
        client.writeTransaction(
          (tx) =>
            work({
              run: (name, params) => {
                const lists = (params?.batch ?? {}) as Record<string, unknown[]>;
                if (params && (!params.batch || Object.values(lists).some((v) => v.length)))
                  seen.set(name, params);
                return tx.run(name, params);
              },
            }),
          o,
        ),
    };
    await service(recording).loadPaths([sample]);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-edited-'));
    fs.writeFileSync(
      path.join(tmp, 'state-001.txt'),
      fs.readFileSync(path.join(sample, 'state-001.txt'), 'utf8') + '\nEdited.\n',
    );
    await service(recording).loadPaths([tmp, path.join(sample, 'state-002.txt')]);
    fs.rmSync(tmp, { recursive: true, force: true });

    // Renames and merges of bridged nodes are rare in the sample: profile them on real nodes (rolled back).
    const pick = async (label: string) =>
      (
        await client.runRaw<{ ids: string[] }>(
          `MATCH (n:${label}) WITH n ORDER BY n.id LIMIT 2 RETURN collect(n.id) AS ids`,
        )
      )[0]!.ids;
    const [p1, p2] = await pick('Person');
    const [m1, m2] = await pick('Meeting');
    const [o1] = await pick('Organization');
    seen.set('load/rename-nodes', {
      batch: {
        rows: [
          { label: 'Person', from: p1, to: 'person:renamed' },
          { label: 'Organization', from: o1, to: 'org:renamed' },
          { label: 'Meeting', from: m1, to: 'meeting:renamed' },
        ],
      },
    });
    seen.set('load/absorb-people', { batch: { rows: [{ keep: p1, drop: p2 }] } });
    seen.set('load/absorb-meetings', { batch: { rows: [{ keep: m1, drop: m2 }] } });
    expect([...seen.keys()].sort()).toEqual(registry.names('load/'));
    const driver: Driver = neo4j.driver(uri);
    const session = driver.session();
    const scans: string[] = [];
    try {
      for (const [name, params] of seen) {
        const tx = session.beginTransaction();
        const result = await tx.run(`PROFILE ${registry.get(name)}`, params);
        await tx.rollback();
        type Operator = { operatorType: string; arguments?: { Details?: unknown }; children: Operator[] };
        const walk = (op: Operator) => {
          if (/NodeByLabelScan|AllNodesScan|NodeIndexScan|RelationshipTypeScan/.test(op.operatorType))
            scans.push(`${name}: ${op.operatorType} ${String(op.arguments?.Details ?? '')}`.trim());
          op.children.forEach(walk);
        };
        walk(result.summary.profile as unknown as Operator);
      }
    } finally {
      await session.close();
      await driver.close();
    }
    expect(scans).toEqual([]);
  });
});

describe("a position's organization id (the key of an organization's people page)", () => {
  it("is its organization's id after a load, and follows the organization when identity resolution renames it", async () => {
    const client = newClient();
    await clear(client);
    await service(client).loadPaths([sample]);
    const stale = () =>
      client.runRaw<{ n: number }>(
        'MATCH ()-[h:HOLDS_POSITION]->(o) WHERE h.org IS NULL OR h.org <> o.id RETURN count(h) AS n',
      );
    expect((await stale())[0]!.n).toBe(0);
    const [busiest] = await client.runRaw<{ id: string; n: number }>(
      'MATCH (o:Organization) RETURN o.id AS id, COUNT { ()-[:HOLDS_POSITION]->(o) } AS n ORDER BY n DESC, id LIMIT 1',
    );
    expect(busiest!.n).toBeGreaterThan(1);
    await client.write('load/rename-nodes', {
      batch: { rows: [{ label: 'Organization', from: busiest!.id, to: 'org:zz:renamed' }] },
    });
    expect((await stale())[0]!.n).toBe(0);
    const [moved] = await client.runRaw<{ n: number }>(
      "MATCH ()-[h:HOLDS_POSITION {org: 'org:zz:renamed'}]->() RETURN count(h) AS n",
    );
    expect(moved!.n).toBe(busiest!.n);
  });
});

describe('a graph loaded by an earlier version', () => {
  it('is brought to the provenance model and the tallies by migrate: the same graph as a load by this version', async () => {
    const client = newClient();
    await clear(client);
    await service(client).loadPaths([sample]);
    const now = await pictureOfDatabase(client);
    // The earlier shape: repeated facts list their articles, MENTIONS list no facts, no name key nodes.
    await client.runRaw(
      `MATCH (x)-[r:HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY|IN_COUNTRY]->(y)
       WITH x, r, type(r) + '|' + y.id + '|' + coalesce(r.title, '') AS key
       SET r.articles = COLLECT { MATCH (a)-[m:MENTIONS]->(x) WHERE key IN m.facts RETURN a.id ORDER BY a.id }
       REMOVE r.sourceCount, r.firstSeen, r.lastSeen, r.org`,
    );
    await client.runRaw('MATCH ()-[m:MENTIONS]->() REMOVE m.facts');
    await client.runRaw('MATCH (k:NameKey) DETACH DELETE k');
    // and no tally buckets (the backfill must derive exactly what the loader keeps)
    await client.runRaw(
      'MATCH (b) WHERE b:MeetingDay OR b:MeetingMonth OR b:TopicMonth OR b:PairMonth DETACH DELETE b',
    );
    await client.runRaw('MATCH (p:Person) REMOVE p.tallyCountries');
    await client.runRaw('MATCH (l:LoadLock) SET l.upgrades = []');
    expect(await pictureOfDatabase(client)).not.toEqual(now);
    await migrateSchema(client, registry, testLogger);
    expect(await pictureOfDatabase(client)).toEqual(now);
  });

  it('whose tallies predate the month buckets gets them by migrate, as a load by this version has them', async () => {
    const client = newClient();
    await clear(client);
    await service(client).loadPaths([sample]);
    const now = await pictureOfDatabase(client);
    await client.runRaw('MATCH (b:MeetingMonth) DETACH DELETE b');
    await client.runRaw(
      "MATCH (l:LoadLock) SET l.upgrades = [u IN l.upgrades WHERE u <> 'meeting-tallies-3-months']",
    );
    expect(await pictureOfDatabase(client)).not.toEqual(now);
    await migrateSchema(client, registry, testLogger);
    expect(await pictureOfDatabase(client)).toEqual(now);
  });
});

/** The tally edges (bucket key, type, meeting id): what the loader keeps for MeetingsInRange and TopicTrends. */
async function tallies(client: Neo4jClient): Promise<string[]> {
  const rows = await client.runRaw<{ line: string }>(
    `MATCH (b)-[r:ON_DAY|IN_MONTH|IN_YEAR|UNDATED|COUNTS]->(m:Meeting)
     RETURN labels(b)[0] + ' ' + b.key + ' ' + type(r) + ' ' + m.id AS line`,
  );
  return rows.map((r) => r.line).sort();
}

describe('the tallies the loader keeps for MeetingsInRange and TopicTrends', () => {
  it('answer as reading every meeting does, and an edited article leaves them as a fresh load would', async () => {
    const client = newClient();
    await clear(client);
    await service(client).loadPaths([sample]);
    const countries = (
      await client.runRaw<{ c: string }>(
        'MATCH (c:Country) WHERE EXISTS { (c)<-[:REPRESENTS|IN_COUNTRY]-() } RETURN c.id AS c',
      )
    ).map((r) => r.c);
    expect(countries.length).toBeGreaterThan(3);
    // Reference: every meeting of the window read and counted (the statements before the tallies).
    const involved = `MATCH (m:Meeting)
      WHERE ($from IS NULL OR m.dateEnd >= date($from)) AND ($to IS NULL OR m.dateStart <= date($to))
        AND ($country IS NULL OR EXISTS { (m)-[:HELD_IN]->(:Place)-[:IN_COUNTRY]->(:Country {id: $country}) }
          OR EXISTS { (m)<-[:ATTENDED]-(:Person)-[:REPRESENTS]->(:Country {id: $country}) })`;
    const windows = [
      { from: null, to: null },
      { from: '2022-01-01', to: '2023-06-30' },
      { from: '2022-03-15', to: '2024-02-10' },
      { from: null, to: '2022-11-30' },
    ];
    const topics = new TopicRepository(client);
    let checked = 0;
    for (const country of [null, ...countries])
      for (const w of windows) {
        const params = { ...w, country };
        const [expected] = await client.runRaw<{ total: number; ids: string[] }>(
          `${involved} WITH m ORDER BY coalesce(m.dateStart, date('0001-01-01')) DESC, m.id
           WITH collect(m.id) AS ids RETURN size(ids) AS total, ids[0..5] AS ids`,
          params,
        );
        const [page] = await client.runRaw<MeetingPageRow>(registry.get('queries/meetings-in-range'), {
          ...params,
          limit: 5,
          afterSort: null,
          afterId: null,
          with: withParam(NO_CHILDREN),
        });
        const { total, rows } = toRows(page, NO_CHILDREN);
        expect({ country, ...w, total, ids: rows.map((r) => r.id) }).toEqual({
          country,
          ...w,
          ...expected,
        });
        const trends = await topics.trends(w, country);
        const reference = await client.runRaw<{ month: string; topic: string; count: number }>(
          `${involved} AND m.datePrecision IN ['day', 'month'] AND m.date IS NOT NULL
           MATCH (m)-[:DISCUSSED]->(t:Topic)
           RETURN substring(m.date, 0, 7) AS month, t.id AS topic, count(DISTINCT m) AS count
           ORDER BY month, count DESC, topic`,
          params,
        );
        const line = (r: { month: string; topic: string; count: number }) =>
          `${r.month} ${r.topic} ${r.count}`;
        expect(trends.map((r) => line({ ...r, topic: r.topic.id })).sort()).toEqual(
          reference.map(line).sort(),
        );
        checked += reference.length;
      }
    expect(checked).toBeGreaterThan(20);

    // An edited article (its meeting now in Tokyo, another topic) re-derives what its old body gave.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-edited-'));
    const edited = path.join(tmp, 'state-001.txt');
    fs.writeFileSync(
      edited,
      fs
        .readFileSync(path.join(sample, 'state-001.txt'), 'utf8')
        .replace('in Washington, DC', 'in Tokyo')
        .replace(/Ukraine/g, 'Moldova'),
    );
    await service(client).loadPaths([edited]);
    const afterEdit = await tallies(client);
    await clear(client);
    await service(client).loadPaths([...sampleFiles.filter((f) => !f.endsWith('state-001.txt')), edited]);
    fs.rmSync(tmp, { recursive: true, force: true });
    expect(afterEdit).toEqual(await tallies(client));
  });
});
