// Whole-graph properties (idempotency, concurrency, query plans) on a second embedded Neo4j owned by this file alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { foldName } from '../../../src/domain/names';
import { NO_CHILDREN, withParam } from '../../../src/api/meeting/meeting-children';
import { toRows, type MeetingPageRow } from '../../../src/api/meeting/meeting.repository';
import { TopicRepository } from '../../../src/api/topic/topic.repository';
import { loadConfig } from '../../../src/config';
import { MEETING_PROBE } from '../../../src/load/load.repository';
import { LoadService } from '../../../src/load/load.service';
import type { LoadServiceOptions } from '../../../src/load/load.types';
import { UPGRADE_INPUTS } from '../../../src/load/upgrade-inputs';
import { loadRegistry } from '../../../src/neo4j/database';
import { EmbeddedNeo4j } from '../../../src/neo4j/embedded-neo4j';
import { launcherPaths } from '../../../src/neo4j/launcher-build';
import { Neo4jClient, type Params, type QueryRunner } from '../../../src/neo4j/neo4j-client';
import { migrateSchema } from '../../../src/neo4j/schema-migrator';
import { buildExtraction } from '../../fixtures/load/extraction.builder';
import { isTallyBucket, pictureOfDatabase } from '../../fixtures/load/graph-fingerprint';
import { profileSteps } from '../api/plan-steps';
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

function service(
  runner: QueryRunner,
  batchSize = 10,
  options: Partial<LoadServiceOptions> = {},
): LoadService {
  return new LoadService(runner, testLogger, {
    batchSize,
    maxArticleBytes: config.maxArticleBytes,
    ...options,
  });
}

async function clear(client: Neo4jClient): Promise<void> {
  await client.runRaw('MATCH (n) DETACH DELETE n');
}

/** A client on a graph that holds the bundled sample alone. */
async function sampleGraph(): Promise<Neo4jClient> {
  const client = newClient();
  await clear(client);
  await service(client).loadPaths([sample]);
  return client;
}

type PlanOperator = {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments?: { Details?: unknown };
  children: PlanOperator[];
};

/** A registry statement run under PROFILE in a transaction rolled back: its records, and a sum over its plan. */
async function profiled(name: string, params: Params) {
  const driver: Driver = neo4j.driver(uri);
  const session = driver.session();
  try {
    const tx = session.beginTransaction();
    const result = await tx.run(`PROFILE ${registry.get(name)}`, params);
    await tx.rollback();
    const plan = result.summary.profile as unknown as PlanOperator;
    const sum = (of: (op: PlanOperator) => number, op = plan): number =>
      of(op) + op.children.reduce((n, c) => n + sum(of, c), 0);
    return { records: result.records, sum };
  } finally {
    await session.close();
    await driver.close();
  }
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
                        AND NOT ((x:NameKey OR ${isTallyBucket('x')}) AND EXISTS { (x)-->() }) } AS n,
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
          if (
            /NodeByLabelScan|AllNodesScan|NodeIndexScan|RelationshipTypeScan|RelationshipIndexScan/.test(
              op.operatorType,
            )
          )
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

describe("an edited article's removal", () => {
  it('reads as much however many other meetings and sources the nodes it touches have (PROFILE, rolled back)', async () => {
    const client = await sampleGraph();
    const [picked] = await client.runRaw<{ id: string; person: string }>(
      `MATCH (a:Article)-[:REPORTS]->(:Meeting)<-[:ATTENDED]-(p:Person) WHERE a.date IS NOT NULL AND (a)-[:MENTIONS]->(p)
       RETURN a.id AS id, p.id AS person ORDER BY a.id, p.id LIMIT 1`,
    );
    const dbHits = async () =>
      (await profiled('load/remove-article', { id: picked!.id })).sum((op) => op.dbHits);
    const before = await dbHits();
    // The person becomes a hub: 300 meetings more, and 300 articles of the same day saying what this one says of them.
    await client.runRaw(
      `MATCH (a:Article {id: $id})-[said:MENTIONS]->(p:Person {id: $person})
       UNWIND range(1, 300) AS i
       CREATE (p)-[:ATTENDED {articles: ['hub-article-' + i]}]->(:Meeting {id: 'meeting:hub-' + i})
       CREATE (b:Article {id: 'hub-article-' + i, date: a.date})-[m:MENTIONS]->(p)
       SET m = properties(said)`,
      { id: picked!.id, person: picked!.person },
    );
    // reading their relationships would cost at least one hit each (600)
    expect((await dbHits()) - before).toBeLessThan(100);
  });
});

describe("the search for a batch's existing meetings", () => {
  it('reads as much however many meetings a person attended outside the window (PROFILE)', async () => {
    const client = await sampleGraph();
    const [picked] = await client.runRaw<{ person: string; meeting: string; day: string }>(
      `MATCH (p:Person)-[:ATTENDED]->(m:Meeting) WHERE m.dateStart IS NOT NULL
       RETURN p.id AS person, m.id AS meeting, toString(m.dateStart) AS day ORDER BY p.id, m.id LIMIT 1`,
    );
    const shift = (days: number) =>
      new Date(Date.parse(picked!.day) + days * 86_400_000).toISOString().slice(0, 10);
    const batch = { windows: [{ from: shift(-2), to: shift(2), people: [picked!.person] }], series: [] };
    const found = async () => {
      const { records, sum } = await profiled('load/find-meetings', { batch, probe: MEETING_PROBE });
      return {
        ids: records.map((r) => r.get('id') as string).sort(),
        dbHits: sum((op) => op.dbHits),
        // meetings read by the date index
        byDate: sum((op) =>
          op.operatorType.startsWith('NodeIndexSeekByRange') &&
          /Meeting\(dateStart\)/.test(String(op.arguments?.Details))
            ? op.rows
            : 0,
        ),
      };
    };
    const before = await found();
    expect(before.ids).toContain(picked!.meeting);
    // a person who attends few: their own meetings are read, not the window's
    expect(before.byDate).toBe(0);
    // The person becomes a busy one: more meetings than the probe, a year and more before the window.
    await client.runRaw(
      `MATCH (p:Person {id: $person})
       UNWIND range(1, $count) AS i
       CREATE (p)-[:ATTENDED]->(:Meeting {id: 'meeting:busy-' + i, dateStart: date($day) - duration({days: 400 + i})})`,
      { person: picked!.person, day: picked!.day, count: MEETING_PROBE + 100 },
    );
    const after = await found();
    expect(after.ids).toEqual(before.ids);
    expect(after.byDate).toBeGreaterThan(0);
    // reading the person's meetings would cost at least one hit each
    expect(after.dbHits - before.dbHits).toBeLessThan(100);
  });
});

describe("a batch's tally refresh", () => {
  it('counts a meeting in buckets that exist without reading their topics again (PROFILE, rolled back)', async () => {
    const client = await sampleGraph();
    const [picked] = await client.runRaw<{ article: string; meeting: string }>(
      `MATCH (a:Article)-[:REPORTS]->(m:Meeting)<-[:COUNTS]-(:TopicMonth)
       RETURN a.id AS article, m.id AS meeting ORDER BY a.id, m.id LIMIT 1`,
    );
    const driver: Driver = neo4j.driver(uri);
    const session = driver.session();
    try {
      const tx = session.beginTransaction();
      // the meeting leaves its topic buckets, which stay (linked to their topics): the refresh counts it in them again
      const removed = await tx.run(
        'MATCH (:TopicMonth|PairMonth)-[c:COUNTS]->(:Meeting {id: $id}) DELETE c RETURN count(c) AS n',
        { id: picked!.meeting },
      );
      const result = await tx.run(`PROFILE ${registry.get('load/refresh-tallies')}`, {
        batch: { articles: [picked!.article], meetings: [], people: [] },
      });
      const counted = await tx.run(
        'MATCH (:TopicMonth|PairMonth)-[c:COUNTS]->(:Meeting {id: $id}) RETURN count(c) AS n',
        { id: picked!.meeting },
      );
      await tx.rollback();
      const steps: { text: string; rows: number }[] = [];
      const walk = (op: PlanOperator) => {
        steps.push({ text: `${op.operatorType} ${String(op.arguments?.Details ?? '')}`, rows: op.rows });
        op.children.forEach(walk);
      };
      walk(result.summary.profile as unknown as PlanOperator);
      expect(counted.records[0]!.get('n')).toEqual(removed.records[0]!.get('n'));
      expect(Number(counted.records[0]!.get('n'))).toBeGreaterThan(0);
      // no bucket was new, so no topic was looked up or checked for its link
      const topicReads = steps.filter((s) => /OF_TOPIC\]|t:Topic\(id\)/.test(s.text) && s.rows > 0);
      expect(topicReads).toEqual([]);
    } finally {
      await session.close();
      await driver.close();
    }
  });
});

describe("a position's organization id (the key of an organization's people page)", () => {
  it("is its organization's id after a load, and follows the organization when identity resolution renames it", async () => {
    const client = await sampleGraph();
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

describe("a mention's node id and date (the key of a node's articles page and its facts' sources page)", () => {
  it("are its node's id and its article's date, and follow the node when identity resolution renames it", async () => {
    const client = await sampleGraph();
    await service(client).loadExtractions(walkArticles());
    const [counts] = await client.runRaw<{ stale: number; all: number; stating: number }>(
      `MATCH (a)-[m:MENTIONS]->(x)
       RETURN count(CASE WHEN m.node IS NULL OR m.node <> x.id
                OR m.date IS NULL OR m.date <> coalesce(toString(a.date), '') THEN 1 END) AS stale,
              count(m) AS all, count(m.facts) AS stating`,
    );
    expect(counts!.stale).toBe(0);
    // those that state no facts are paged too (a country's, a topic's articles)
    expect(counts!.all - counts!.stating).toBeGreaterThan(10);
    for (const label of ['Person', 'Organization', 'Place', 'Topic']) {
      const [busiest] = await client.runRaw<{ id: string; n: number }>(
        `MATCH (x:${label}) RETURN x.id AS id, COUNT { (x)<-[:MENTIONS]-() } AS n ORDER BY n DESC, id LIMIT 1`,
      );
      expect(busiest!.n).toBeGreaterThan(0);
      const to = `${label.toLowerCase()}:zz:renamed`;
      await client.write('load/rename-nodes', { batch: { rows: [{ label, from: busiest!.id, to }] } });
      const [moved] = await client.runRaw<{ n: number; stale: number }>(
        `MATCH (a)-[m:MENTIONS]->(x {id: $to})
         RETURN count(CASE WHEN m.node = $to THEN 1 END) AS n, count(CASE WHEN m.node <> $to THEN 1 END) AS stale`,
        { to },
      );
      expect(moved).toEqual({ n: busiest!.n, stale: 0 });
    }
  });
});

describe("a repeated fact's sources page", () => {
  it('pages newest first as sorting every source does, and reads as much however many older sources it has (PROFILE)', async () => {
    const client = await sampleGraph();
    const [picked] = await client.runRaw<{ from: string; label: string; key: string }>(
      `MATCH (a:Article)-[m:MENTIONS]->(x:Person) WHERE a.date IS NOT NULL AND m.facts IS NOT NULL
       RETURN x.id AS from, 'Person' AS label, m.facts[0] AS key ORDER BY x.id LIMIT 1`,
    );
    const page = (limit: number, after: { sort: string; id: string } | null) =>
      profiled('queries/fact-sources', {
        facts: [{ id: 'f', ...picked! }],
        limit: limit + 1,
        afterSort: after?.sort ?? null,
        afterId: after?.id ?? null,
      });
    const rowsOf = (records: { get(k: string): unknown }[]) =>
      (records[0]?.get('rows') ?? []) as { sort: string; id: string }[];
    const [{ n: stated } = { n: 0 }] = await client.runRaw<{ n: number }>(
      'MATCH ()-[m:MENTIONS]->(:Person {id: $from}) WHERE $key IN m.facts RETURN count(m) AS n',
      picked!,
    );
    // a page of as many as the fact has: the older sources added below must not enter it
    const first = await page(stated, null);
    const firstIds = rowsOf(first.records).map((r) => r.id);
    expect(firstIds).toHaveLength(stated);
    const firstHits = first.sum((op) => op.dbHits);
    // The fact gains 300 older sources: same-day ties and undated articles among them, as a keyset must page.
    await client.runRaw(
      `MATCH (a:Article)-[said:MENTIONS]->(x:Person {id: $from}) WHERE $key IN said.facts
       WITH collect(said)[0] AS said, min(a.date) AS oldest
       UNWIND range(1, 300) AS i
       CREATE (b:Article {id: 'older-' + toString(1000 + i),
                          date: CASE WHEN i % 7 = 0 THEN null ELSE oldest - duration({days: i / 3 + 1}) END})
       WITH said, b MATCH (x:Person {id: $from})
       CREATE (b)-[m:MENTIONS]->(x)
       SET m = properties(said), m.date = coalesce(toString(b.date), '')`,
      picked!,
    );
    const again = await page(stated, null);
    expect(
      rowsOf(again.records)
        .map((r) => r.id)
        .slice(0, stated),
    ).toEqual(firstIds);
    // sorting every source would read each of the 300 (their edges, their dates) at least once
    expect(again.sum((op) => op.dbHits) - firstHits).toBeLessThan(100);
    // Every page, walked by its keyset, is the reference order cut in pages.
    const expected = (
      await client.runRaw<{ id: string }>(
        `MATCH (a)-[m:MENTIONS]->(:Person {id: $from}) WHERE $key IN m.facts
         RETURN a.id AS id ORDER BY coalesce(toString(a.date), '') DESC, a.id DESC`,
        picked!,
      )
    ).map((r) => r.id);
    const walked: string[] = [];
    let after: { sort: string; id: string } | null = null;
    for (;;) {
      const rows = rowsOf((await page(25, after)).records);
      walked.push(...rows.slice(0, 25).map((r) => r.id));
      if (rows.length <= 25) break;
      after = rows[24]!;
    }
    expect(walked).toEqual(expected);
    expect(walked.length).toBeGreaterThan(300);
  });
});

// Invented meetings on two topics whose keys hold the same text (some on both), dated to a day, a month, a year, or
// not at all, with ties on a day; and a third topic with one meeting, which is read and sorted instead.
const dates = [
  ...['2024-04-09', '2024-04-09', '2024-04-09', '2024-04-02', '2024-04-01', '2024-04', '2024-04-01'],
  ...['2024-03-30', '2024-03-15', '2024-03-15', '2024-03', '2024-03-01', '2024-02-28', '2024-02'],
  ...['2024', '2024-01-01', '2024', '2023-12-31', '2023', '2023-01-01', '2023', null, null, null],
];
const topicsOf = (i: number) =>
  i % 5 === 0
    ? ['Harbor safety', 'Harbor safety rules']
    : i % 3 === 0
      ? ['Harbor safety rules']
      : ['Harbor safety'];
const walkFirstNames = ['Ansel', 'Brisa', 'Corvin', 'Delphine'];
const walkArticle = (i: number, date: string | null) => {
  const [a, b] = [0, 1].map(
    (j) => `${walkFirstNames[(2 * i + j) % 4]} Quarrender${String.fromCharCode(97 + i)}`,
  );
  return buildExtraction({
    body: `Walk article ${i}. ${a} met ${b}.`,
    date: '2024-06-01',
    file: `walk-${i}.txt`,
    people: [
      { name: a!, title: 'Minister', country: 'XA' },
      { name: b!, title: 'Minister', country: 'XB' },
    ],
    meetings: [
      {
        name: `Walk talks ${i}`,
        date,
        participants: [a!, b!],
        topics: i === 0 ? ['Grain exports'] : topicsOf(i),
      },
    ],
  });
};
const walkArticles = () => dates.map((d, i) => walkArticle(i, d));

describe('a graph loaded by an earlier version', () => {
  it('is brought to the provenance model and the tallies by migrate: the same graph as a load by this version', async () => {
    const client = await sampleGraph();
    // (the sample dates every meeting on a topic to a day or a month)
    await service(client).loadExtractions(walkArticles());
    const now = await pictureOfDatabase(client);
    // The earlier shape: repeated facts list their articles, MENTIONS list no facts, no name key nodes.
    await client.runRaw(
      `MATCH (x)-[r:HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY|IN_COUNTRY]->(y)
       WITH x, r, type(r) + '|' + y.id + '|' + coalesce(r.title, '') AS key
       SET r.articles = COLLECT { MATCH (a)-[m:MENTIONS]->(x) WHERE key IN m.facts RETURN a.id ORDER BY a.id }
       REMOVE r.sourceCount, r.firstSeen, r.lastSeen, r.org`,
    );
    await client.runRaw('MATCH ()-[m:MENTIONS]->() REMOVE m.facts, m.node, m.date');
    await client.runRaw('MATCH (k:NameKey) DETACH DELETE k');
    await client.runRaw('MATCH (t:Topic) REMOVE t.keyText');
    // and no tally buckets (the backfill must derive exactly what the loader keeps)
    await client.runRaw(`MATCH (b) WHERE ${isTallyBucket('b')} DETACH DELETE b`);
    await client.runRaw('MATCH (p:Person) REMOVE p.tallyCountries');
    await client.runRaw('MATCH (l:LoadLock) SET l.upgrades = []');
    expect(await pictureOfDatabase(client)).not.toEqual(now);
    await migrateSchema(client, registry, testLogger);
    expect(await pictureOfDatabase(client)).toEqual(now);
  });

  it('whose MENTIONS carry node and date only where they state facts gets them on every one by migrate', async () => {
    const client = newClient();
    await clear(client);
    await service(client).loadPaths([sample]);
    const now = await pictureOfDatabase(client);
    const stripped = await client.runRaw<{ n: number }>(
      'MATCH ()-[m:MENTIONS]->() WHERE m.facts IS NULL REMOVE m.node, m.date RETURN count(m) AS n',
    );
    expect(stripped[0]!.n).toBeGreaterThan(0);
    await client.runRaw(
      "MATCH (l:LoadLock) SET l.upgrades = [u IN l.upgrades WHERE u <> 'mentions-paged-by-date']",
    );
    expect(await pictureOfDatabase(client)).not.toEqual(now);
    await migrateSchema(client, registry, testLogger);
    expect(await pictureOfDatabase(client)).toEqual(now);
  });

  it.each([
    ['MeetingMonth', 'meeting-tallies-3-months'],
    ['TopicMonthRest', 'meeting-tallies-4-topic-rest'],
  ])(
    'whose tallies predate the %s buckets gets them by migrate, as a load by this version has them',
    async (label, upgrade) => {
      const client = newClient();
      await clear(client);
      await service(client).loadPaths([sample]);
      // (the sample dates every meeting on a topic to a day or a month)
      await service(client).loadExtractions(walkArticles());
      const now = await pictureOfDatabase(client);
      await client.runRaw(`MATCH (b:${label}) DETACH DELETE b`);
      await client.runRaw('MATCH (l:LoadLock) SET l.upgrades = [u IN l.upgrades WHERE u <> $upgrade]', {
        upgrade,
      });
      expect(await pictureOfDatabase(client)).not.toEqual(now);
      await migrateSchema(client, registry, testLogger);
      expect(await pictureOfDatabase(client)).toEqual(now);
    },
  );
});

/** One invented minister's post, worded as articles word it, in articles a month apart. */
const postArticles = (titles: string[]) =>
  titles.map((title, i) =>
    buildExtraction({
      body: `Post article ${i}. ${title} Orla Venning spoke.`,
      date: `2024-0${i + 1}-10`,
      file: `post-${i}.txt`,
      orgs: [{ name: 'Ministry of Foreign Affairs', country: 'XC' }],
      people: [{ name: 'Orla Venning', title, org: 'Ministry of Foreign Affairs', country: 'XC' }],
    }),
  );
const postWordings = ['Minister for Foreign Affairs', 'Foreign Minister', 'MINISTER OF FOREIGN AFFAIRS'];

describe('a post that articles word several ways', () => {
  it('is one position, with every article as its source, and one title in the mentions', async () => {
    const client = newClient();
    await clear(client);
    await service(client).loadExtractions(postArticles(postWordings));
    const rows = await client.runRaw<{ title: string; sources: number; first: string; last: string }>(
      `MATCH (p:Person)-[h:HOLDS_POSITION]->(:Organization)
       RETURN h.title AS title, h.sourceCount AS sources, toString(h.firstSeen) AS first, toString(h.lastSeen) AS last`,
    );
    expect(rows).toEqual([
      { title: 'Foreign Minister', sources: 3, first: '2024-01-10', last: '2024-03-10' },
    ]);
    const [given] = await client.runRaw<{ titles: string[] }>(
      `MATCH (p:Person) RETURN p.titles + COLLECT { MATCH ()-[m:MENTIONS]->(p) UNWIND m.titles AS t RETURN t } AS titles`,
    );
    expect(new Set(given!.titles)).toEqual(new Set(['Foreign Minister']));
  });

  it('in a graph loaded before titles had one form, gets that form by migrate: the graph a load by this version makes', async () => {
    const client = await sampleGraph();
    await service(client).loadExtractions(postArticles(postWordings));
    const now = await pictureOfDatabase(client);
    await clear(client);
    // a loader that stores titles as written, as older versions did
    const asWritten = (runner: QueryRunner) => service(runner, 10, { titleForm: (t) => t });
    await asWritten(client).loadPaths([sample]);
    await asWritten(client).loadExtractions(postArticles(postWordings));
    const [before] = await client.runRaw<{ n: number }>(
      "MATCH (:Person {name: 'Orla Venning'})-[h:HOLDS_POSITION]->() RETURN count(h) AS n",
    );
    expect(before!.n).toBe(3);
    await client.runRaw(
      "MATCH (l:LoadLock) SET l.upgrades = [u IN l.upgrades WHERE NOT u STARTS WITH 'titles-one-form']",
    );
    // without the inputs its rule gives, the upgrade waits
    await migrateSchema(client, registry, testLogger);
    expect(await pictureOfDatabase(client)).not.toEqual(now);
    await migrateSchema(client, registry, testLogger, UPGRADE_INPUTS);
    expect(await pictureOfDatabase(client)).toEqual(now);

    // once per version of the rule: the same version again changes nothing, a next one maps the forms stored
    await migrateSchema(client, registry, testLogger, UPGRADE_INPUTS);
    expect(await pictureOfDatabase(client)).toEqual(now);
    const nextRule = async () => ({
      titles: { 'Foreign Minister': 'Minister of Foreign Affairs' },
      marker: 'titles-one-form@next',
    });
    await migrateSchema(client, registry, testLogger, { 'upgrade/titles-one-form': nextRule });
    const positions = await client.runRaw<{ title: string; sources: number }>(
      "MATCH (:Person {name: 'Orla Venning'})-[h:HOLDS_POSITION]->() RETURN h.title AS title, h.sourceCount AS sources",
    );
    expect(positions).toEqual([{ title: 'Minister of Foreign Affairs', sources: 3 }]);
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
    const client = await sampleGraph();
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

describe("TopicMeetings' walk through the month buckets", () => {
  it('pages as reading and sorting every meeting of the topics does, with the same total', async () => {
    const client = newClient();
    await clear(client);
    const report = await service(client).loadExtractions(walkArticles());
    expect(report).toMatchObject({ loaded: dates.length, failed: [] });
    const statement = registry.get('queries/topic-meetings');
    const totals = new Map<string, number>();
    for (const [text, walks] of [
      ['harbor safety', true],
      ['harbor safety rules', true],
      ['grain exports', false],
    ] as const) {
      // the statement walks when the topics' meetings outnumber the month seeks (months × topics)
      const [choice] = await client.runRaw<{ walk: boolean }>(
        `MATCH (t:Topic) WHERE any(k IN t.nameKeys WHERE k CONTAINS $key) WITH collect(t) AS topics
         RETURN reduce(n = 0, t IN topics | n + COUNT { (t)<-[:DISCUSSED]-() })
           > COUNT { MATCH (b:MeetingMonth) WHERE b.key STARTS WITH '*|' } * size(topics) AS walk`,
        { key: foldName(text) },
      );
      expect({ text, walk: choice!.walk }).toEqual({ text, walk: walks });
      const [expected] = await client.runRaw<{ total: number; ids: string[] }>(
        `MATCH (t:Topic) WHERE any(k IN t.nameKeys WHERE k CONTAINS $key)
         MATCH (m:Meeting)-[:DISCUSSED]->(t)
         WITH DISTINCT m ORDER BY coalesce(m.dateStart, date('0001-01-01')) DESC, m.id
         WITH collect(m.id) AS ids RETURN size(ids) AS total, ids`,
        { key: foldName(text) },
      );
      const seen: string[] = [];
      let after: { afterSort: string | null; afterId: string | null } = { afterSort: null, afterId: null };
      for (;;) {
        const [row] = await client.runRaw<MeetingPageRow>(statement, {
          name: text,
          key: foldName(text),
          limit: 4,
          ...after,
          with: withParam(NO_CHILDREN),
        });
        const { total, rows } = toRows(row, NO_CHILDREN);
        expect({ text, total }).toEqual({ text, total: expected!.total });
        seen.push(...rows.slice(0, 3).map((r) => r.id));
        if (rows.length < 4) break;
        after = { afterSort: rows[2]!.sort, afterId: rows[2]!.id };
      }
      expect({ text, ids: seen }).toEqual({ text, ids: expected!.ids });
      totals.set(text, expected!.total);
    }
    // One topic: the total is its degree and the first page of two reads only the newest months' meetings.
    const plan = await profileSteps(
      'queries/topic-meetings',
      {
        name: 'harbor safety rules',
        key: 'harborsafetyrules',
        limit: 2,
        afterSort: null,
        afterId: null,
        with: withParam(NO_CHILDREN),
      },
      uri,
    );
    const read = (type: string) =>
      plan
        .filter((op) => op.text.startsWith('Expand(All)') && op.text.includes(`:${type}]`))
        .map((op) => op.rows);
    expect(read('DISCUSSED').every((rows) => rows === 0)).toBe(true);
    const walked = read('COUNTS').reduce((a, b) => a + b, 0);
    expect(walked).toBeGreaterThanOrEqual(2);
    expect(walked).toBeLessThan(totals.get('harbor safety rules')!);
  });
});
