import { ErrorCode } from '../../../src/errors/error-codes';
import { ParleyError } from '../../../src/errors/parley.error';
import { LoadService } from '../../../src/load/load.service';
import type { Neo4jClient, QueryRunner } from '../../../src/neo4j/neo4j-client';
import { buildExtraction, type ArticleSpec } from '../../fixtures/load/extraction.builder';
import { pictureOfArticles } from '../../fixtures/load/graph-fingerprint';
import { testClient, testLogger } from '../../support/test-database';

// Names unique to this run, so the shared test database's other tenants are never touched or counted.
const run = Array.from({ length: 6 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');
const cap = run[0]!.toUpperCase() + run.slice(1);
const A = `Aldo ${cap}`;
const B = `Bera ${cap}sen`;
const C = `Cyra ${cap}dottir`;
const D = `Dmitri ${cap}ov`;

let client: Neo4jClient;
const loadedIds = new Set<string>();

function service(runner: QueryRunner = client, batchSize = 10): LoadService {
  return new LoadService(runner, testLogger, {
    batchSize,
    maxArticleBytes: 1_000_000,
    unavailableRetryMs: 500,
  });
}

function article(n: number, spec: Partial<ArticleSpec>) {
  const x = buildExtraction({
    body: `${run} article ${n}. ${spec.body ?? ''}`,
    date: '2024-07-25',
    url: `https://example.test/${run}/${n}`,
    title: `${run} ${n}`,
    file: `${run}-${n}.txt`,
    ...spec,
  });
  loadedIds.add(x.article.id);
  return x;
}

const kimMa = (n: number, over: Partial<ArticleSpec> = {}) =>
  article(n, {
    people: [
      { name: A, title: 'First Vice Foreign Minister', country: 'KR', org: 'Ministry of Foreign Affairs' },
      { name: B, title: 'Executive Vice Minister', country: 'CN' },
    ],
    orgs: [{ name: 'Ministry of Foreign Affairs', country: 'KR' }],
    places: [{ name: `${cap}ville`, country: 'KR' }],
    meetings: [
      {
        name: `${run} strategic dialogue`,
        kind: 'dialogue',
        date: '2024-07-24',
        place: `${cap}ville`,
        participants: [A, B],
        topics: [`${run} trade`],
      },
    ],
    ...over,
  });

beforeAll(() => {
  client = testClient();
});

afterAll(async () => {
  // Everything this file created is reachable from its articles or carries its run tag; entities other
  // articles also mention (shared with other tests in this database, e.g. "Department of State") stay.
  await client.runRaw(
    `MATCH (a:Article) WHERE a.id IN $ids OPTIONAL MATCH (a)-[:MENTIONS|REPORTS]->(x)
     WHERE NOT x:Country AND NOT EXISTS { MATCH (other:Article)-[:MENTIONS|REPORTS]->(x) WHERE NOT other.id IN $ids }
     DETACH DELETE a, x`,
    { ids: [...loadedIds] },
  );
  await client.runRaw(`MATCH (n) WHERE n.name CONTAINS $run AND NOT n:Country DETACH DELETE n`, { run: cap });
  await client.runRaw(`MATCH (n:Topic) WHERE n.name CONTAINS $run DETACH DELETE n`, { run });
  await client.close();
});

describe('LoadService on the real Neo4j', () => {
  it('makes one Meeting with two sources from two articles about the same encounter', async () => {
    const first = kimMa(1);
    // The second article: other name order and spacing, a day apart, fewer details, an extra participant.
    const second = article(2, {
      people: [
        { name: A.split(' ').reverse().join(' '), title: 'Vice Minister', country: 'KR' },
        { name: B, country: null },
        { name: C, country: 'KR' },
      ],
      meetings: [
        {
          name: 'talks',
          kind: 'talks',
          date: '2024-07-23',
          participants: [A.split(' ').reverse().join(' '), B, C],
        },
      ],
    });
    const report = await service().loadExtractions([first, second]);
    expect(report).toMatchObject({ loaded: 2, unchanged: 0, failed: [] });
    const rows = await client.runRaw<{ id: string; sources: string[]; people: number; attended: string[] }>(
      `MATCH (a:Article)-[:REPORTS]->(m:Meeting) WHERE a.id IN $ids
       WITH m, collect(a.id) AS sources
       MATCH (p:Person {id: $kim})-[r:ATTENDED]->(m)
       RETURN m.id AS id, sources, COUNT { (m)<-[:ATTENDED]-() } AS people, r.articles AS attended`,
      {
        ids: [first.article.id, second.article.id],
        kim: `person:${A.toLowerCase().split(' ').sort().join('-')}`,
      },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sources.sort()).toEqual([first.article.id, second.article.id].sort());
    expect(rows[0]!.people).toBe(3);
    expect(rows[0]!.attended).toEqual([first.article.id, second.article.id].sort());
    const [kim] = await client.runRaw<{ n: number; aliases: string[] }>(
      'MATCH (p:Person) WHERE $key IN p.nameKeys RETURN count(p) AS n, collect(p.aliases)[0] AS aliases',
      { key: A.toLowerCase().replace(' ', '') },
    );
    expect(kim).toMatchObject({ n: 1, aliases: [A.split(' ').reverse().join(' ')] });
  });

  it('is idempotent: loading the same articles again changes nothing it reaches', async () => {
    const x = [kimMa(1), article(3, { people: [{ name: D, country: 'RU' }] })];
    await service().loadExtractions(x);
    const before = await pictureOfArticles(client, [...loadedIds]);
    const again = await service().loadExtractions(x);
    expect(again).toMatchObject({ loaded: 0, unchanged: 2, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await pictureOfArticles(client, [...loadedIds])).toEqual(before);
  });

  it('keeps time-scoped positions answerable: who held a title on a date', async () => {
    const later = kimMa(4, { date: '2024-09-02', meetings: [] });
    await service().loadExtractions([later]);
    const rows = await client.runRaw<{ name: string; since: string; until: string }>(
      `MATCH (p:Person)-[h:HOLDS_POSITION {title: 'First Vice Foreign Minister'}]->(o:Organization)-[:OF_COUNTRY]->(:Country {id: 'KR'})
       WHERE p.name = $name AND h.since <= date('2024-08-01') <= h.until
       RETURN p.name AS name, h.since AS since, h.until AS until`,
      { name: A },
    );
    expect(rows).toEqual([{ name: A, since: '2024-07-25', until: '2024-09-02' }]);
  });

  it('replaces an edited article (same URL, new body) without leaving orphans', async () => {
    const v1 = article(5, {
      url: `https://example.test/${run}/edited`,
      people: [
        { name: D, country: 'RU' },
        { name: `Ezra ${cap}man`, country: 'US' },
      ],
    });
    await service().loadExtractions([v1]);
    const v2 = article(6, {
      url: `https://example.test/${run}/edited`,
      people: [{ name: D, country: 'RU' }],
    });
    const report = await service().loadExtractions([v2]);
    expect(report).toMatchObject({ loaded: 1, failed: [] });
    const [row] = await client.runRaw<{ old: number; ezra: number; dmitri: number }>(
      `RETURN COUNT { MATCH (a:Article {id: $old}) } AS old,
              COUNT { MATCH (p:Person {name: $ezra}) } AS ezra,
              COUNT { MATCH (:Article)-[:MENTIONS]->(p:Person {name: $dmitri}) } AS dmitri`,
      { old: v1.article.id, ezra: `Ezra ${cap}man`, dmitri: D },
    );
    expect(row).toEqual({ old: 0, ezra: 0, dmitri: 2 });
    const [facts] = await client.runRaw<{ stale: number }>(
      'MATCH ()-[r]->() WHERE $old IN coalesce(r.articles, []) RETURN count(r) AS stale',
      { old: v1.article.id },
    );
    expect(facts!.stale).toBe(0);
  });

  it('extracts a stored body anew when its extraction differs (a newer extractor), as an edit of it', async () => {
    const G = `Gunnar ${cap}berg`;
    const spurious = `Ministerial ${cap}`;
    // what an older extractor made of the body (a gathering read as a person), then what a newer one makes of it
    const older = article(30, {
      people: [
        { name: G, title: 'Envoy', country: 'NO' },
        { name: spurious, country: 'NO' },
      ],
    });
    const newer = article(30, { people: [{ name: G, title: 'Special Envoy', country: 'NO' }] });
    expect(newer.article.id).toBe(older.article.id);
    await service().loadExtractions([older]);
    const picture = () =>
      client.runRaw<{ articles: number; titles: string[]; spurious: number }>(
        `RETURN COUNT { MATCH (a:Article {id: $id}) } AS articles,
           COLLECT { MATCH (p:Person {name: $g}) RETURN p.title } AS titles, COUNT { MATCH (p:Person {name: $spurious}) } AS spurious`,
        { id: newer.article.id, g: G, spurious },
      );
    expect(await picture()).toEqual([{ articles: 1, titles: ['Envoy'], spurious: 1 }]);
    expect(await service().loadExtractions([newer])).toMatchObject({ loaded: 1, unchanged: 0, failed: [] });
    expect(await picture()).toEqual([{ articles: 1, titles: ['Special Envoy'], spurious: 0 }]);
    // the same extraction again, from another file: unchanged
    const moved = { ...newer, article: { ...newer.article, file: `${run}-moved.txt` } };
    expect(await service().loadExtractions([moved])).toMatchObject({
      loaded: 0,
      unchanged: 1,
      nodesCreated: 0,
    });
  });

  it("recomputes the titles, aliases and fact counts only an edited article's old body gave", async () => {
    const E = `Elke ${cap}strom`;
    const other = article(20, {
      date: '2024-06-01',
      people: [{ name: E, title: 'Envoy', country: 'SE', org: 'Foreign Office' }],
      orgs: [{ name: 'Foreign Office', country: 'SE' }],
    });
    const v1 = article(21, {
      date: '2024-07-01',
      url: `https://example.test/${run}/recompute`,
      people: [
        {
          name: E,
          aliases: [`E. ${cap}strom-Lind`],
          title: 'Special Envoy',
          country: 'SE',
          org: 'Foreign Office',
        },
      ],
      orgs: [{ name: 'Foreign Office', country: 'SE' }],
    });
    await service().loadExtractions([other, v1]);
    const person = () =>
      client.runRaw<{
        p: Record<string, unknown>;
        keys: string[];
        envoy: Record<string, unknown> | null;
        represents: Record<string, unknown> | null;
      }>(
        `MATCH (p:Person {name: $name})
         RETURN p { .title, .titles, .aliases } AS p, COLLECT { MATCH (k)-[:KEY_OF]->(p) RETURN k.key ORDER BY k.key } AS keys,
           [(p)-[h:HOLDS_POSITION {title: 'Envoy'}]->() | h { .sourceCount, .firstSeen, .lastSeen }][0] AS envoy,
           [(p)-[r:REPRESENTS]->() | r { .sourceCount, .firstSeen, .lastSeen }][0] AS represents`,
        { name: E },
      );
    const [before] = await person();
    expect(before!.p).toMatchObject({ title: 'Special Envoy', aliases: [`E. ${cap}strom-Lind`] });
    // The edit drops the alias and the later title, and says the older title again, dated before the old body (whose
    // date was its facts' last: they are read again from the sources left, then the new body's date is added).
    const v2 = article(22, {
      date: '2024-06-15',
      url: `https://example.test/${run}/recompute`,
      people: [{ name: E, title: 'Envoy', country: 'SE', org: 'Foreign Office' }],
      orgs: [{ name: 'Foreign Office', country: 'SE' }],
    });
    expect(await service().loadExtractions([v2])).toMatchObject({ loaded: 1, failed: [] });
    const [after] = await person();
    expect(after!.p).toEqual({ title: 'Envoy', titles: ['Envoy'], aliases: [] });
    expect(after!.keys.some((k) => k.includes('lind'))).toBe(false);
    expect(after!.envoy).toEqual({ sourceCount: 2, firstSeen: '2024-06-01', lastSeen: '2024-06-15' });
    expect(before!.represents).toEqual({ sourceCount: 2, firstSeen: '2024-06-01', lastSeen: '2024-07-01' });
    expect(after!.represents).toEqual({ sourceCount: 2, firstSeen: '2024-06-01', lastSeen: '2024-06-15' });
    const [special] = await client.runRaw<{ n: number }>(
      `MATCH (:Person {name: $name})-[h:HOLDS_POSITION {title: 'Special Envoy'}]->() RETURN count(h) AS n`,
      { name: E },
    );
    expect(special!.n).toBe(0);
  });

  it('keeps a planned meeting (even dated after its article), held once a report says so, planned again when that report goes', async () => {
    const F = `Fenna ${cap}holt`;
    const G = `Gert ${cap}aas`;
    const people = [
      { name: F, title: 'Foreign Minister', country: 'NL' },
      { name: G, title: 'Foreign Minister', country: 'BE' },
    ];
    const visit = (status: 'held' | 'planned') => ({
      name: `${run} Benelux talks`,
      kind: 'talks' as const,
      date: '2024-08-02',
      participants: [F, G],
      status,
    });
    const announced = article(30, { date: '2024-07-20', people, meetings: [visit('planned')] });
    const heldReport = () =>
      article(31, {
        date: '2024-08-03',
        url: `https://example.test/${run}/held`,
        people,
        meetings: [visit('held')],
      });
    const meetings = () =>
      client.runRaw<{ status: string; date: string; reports: string[] }>(
        `MATCH (m:Meeting {name: $name})
         RETURN m.status AS status, m.date AS date,
                COLLECT { MATCH (a)-[r:REPORTS]->(m) RETURN r.status ORDER BY r.status } AS reports`,
        { name: `${run} Benelux talks` },
      );
    expect(await service().loadExtractions([announced])).toMatchObject({ loaded: 1, skipped: [] });
    expect(await meetings()).toEqual([{ status: 'planned', date: '2024-08-02', reports: ['planned'] }]);
    await service().loadExtractions([heldReport()]);
    expect(await meetings()).toEqual([{ status: 'held', date: '2024-08-02', reports: ['held', 'planned'] }]);
    // The held report is edited down to the announcement alone: only planned reports are left.
    const edited = article(32, { date: '2024-08-03', url: `https://example.test/${run}/held`, people });
    expect(await service().loadExtractions([edited])).toMatchObject({ loaded: 1, failed: [] });
    expect(await meetings()).toEqual([{ status: 'planned', date: '2024-08-02', reports: ['planned'] }]);
  });

  it('writes nothing of an article whose batch fails mid-way, and loads the rest', async () => {
    const good1 = article(7, { people: [{ name: `Faye ${cap}ard`, country: 'FR' }] });
    const bad = article(8, { people: [{ name: `Gus ${cap}berg`, country: 'DE' }] });
    const good2 = article(9, { people: [{ name: `Hana ${cap}ura`, country: 'JP' }] });
    // Fails the statement that writes people, after articles and countries of the same transaction were written.
    const faulty: QueryRunner = {
      read: (n, p, o) => client.read(n, p, o),
      write: (n, p, o) => client.write(n, p, o),
      statement: (n) => client.statement(n),
      writeTransaction: (work, o) =>
        client.writeTransaction(
          (tx) =>
            work({
              run: async (name, params) => {
                if (name === 'load/merge-nodes' && JSON.stringify(params).includes(`Gus ${cap}berg`))
                  throw new Error('injected failure');
                return tx.run(name, params);
              },
            }),
          o,
        ),
    };
    const report = await service(faulty).loadExtractions([good1, bad, good2]);
    expect(report.loaded).toBe(2);
    expect(report.failed).toEqual([
      { file: bad.article.file, reason: expect.stringContaining('injected failure') },
    ]);
    const [row] = await client.runRaw<{ bad: number; gus: number; good: number }>(
      `RETURN COUNT { MATCH (a:Article {id: $bad}) } AS bad, COUNT { MATCH (p:Person {name: $gus}) } AS gus,
              COUNT { MATCH (a:Article) WHERE a.id IN $good } AS good`,
      { bad: bad.article.id, gus: `Gus ${cap}berg`, good: [good1.article.id, good2.article.id] },
    );
    expect(row).toEqual({ bad: 0, gus: 0, good: 2 });
  });

  it('reports bad input (contract, article from the future, not JSON), skips a future meeting, loads the rest', async () => {
    const ok = article(10, { people: [{ name: `Ivo ${cap}ic`, country: 'HR' }] });
    const lateMeeting = article(11, {
      people: [{ name: `Jana ${cap}ova`, country: 'CZ' }],
      meetings: [{ name: `${run} planned`, date: '2024-09', participants: [] }],
    });
    const broken = { ...article(12, {}), people: [{ id: 'p1' }] };
    const fromTheFuture = article(14, { date: '2099-01-01' });
    const lines = async function* () {
      yield JSON.stringify(ok);
      yield '{not json';
      yield JSON.stringify(lateMeeting);
      yield JSON.stringify(broken);
      yield JSON.stringify(fromTheFuture);
    };
    const report = await service().loadJsonLines(lines());
    expect(report.loaded).toBe(2);
    expect(report.failed.map((f) => f.file)).toEqual(['<stdin>:2', '<stdin>:4', '<stdin>:5']);
    expect(report.failed[0]!.reason).toMatch(/not JSON/);
    expect(report.failed[1]!.reason).toMatch(/people\[0\]\.name/);
    expect(report.failed[2]!.reason).toMatch(/article\.date: 2099-01-01 is in the future/);
    expect(report.skipped).toEqual([
      {
        file: lateMeeting.article.file,
        reason: `meeting "${run} planned" skipped: reported as held but dated 2024-09, after the article date 2024-07-25`,
      },
    ]);
    const [row] = await client.runRaw<{ jana: number; planned: number }>(
      `RETURN COUNT { MATCH (:Article {id: $id})-[:MENTIONS]->(:Person {name: $jana}) } AS jana,
              COUNT { MATCH (m:Meeting) WHERE m.name = $planned } AS planned`,
      { id: lateMeeting.article.id, jana: `Jana ${cap}ova`, planned: `${run} planned` },
    );
    expect(row).toEqual({ jana: 1, planned: 0 });
  });

  it('ingests posted text, says what it created or matched, and names a bad field', async () => {
    const svc = service();
    await expect(svc.ingestText('Some text.', { date: '2024-13-45' })).rejects.toMatchObject({
      code: ErrorCode.BadUserInput,
      path: ['date'],
    });
    await expect(svc.ingestText('   ', {})).rejects.toBeInstanceOf(ParleyError);
    const text = `Secretary of State Antony ${cap} met Foreign Minister Hayashi ${cap}moto in Tokyo on Monday.`;
    const first = await svc.ingestText(text, {
      title: `${run} ingest`,
      date: '2024-07-29',
      source: `test ${run}`,
    });
    loadedIds.add(first.article.id);
    expect(first.article.status).toBe('created');
    const again = await svc.ingestText(text, {
      title: `${run} ingest`,
      date: '2024-07-29',
      source: `test ${run}`,
    });
    expect(again.article.status).toBe('unchanged');
    expect(again.people.every((p) => p.status === 'matched')).toBe(true);
    expect(again.people.map((p) => p.id).sort()).toEqual(first.people.map((p) => p.id).sort());
  });
});

describe('LoadService when Neo4j is unreachable', () => {
  it('gives up after the retry window with the URI in each reason, writing nothing', async () => {
    const { loadConfig } = await import('../../../src/config');
    const { loadRegistry } = await import('../../../src/neo4j/database');
    const { Neo4jClient } = await import('../../../src/neo4j/neo4j-client');
    const config = loadConfig(process.env);
    const dead = Neo4jClient.create({ ...config.neo4j, uri: 'bolt://127.0.0.1:1' }, loadRegistry(config));
    try {
      const report = await new LoadService(dead, testLogger, {
        batchSize: 10,
        maxArticleBytes: 1_000_000,
        unavailableRetryMs: 200,
      }).loadExtractions([article(13, {})]);
      expect(report.loaded).toBe(0);
      expect(report.failed).toHaveLength(1);
      expect(report.failed[0]!.reason).toMatch(/bolt:\/\/127\.0\.0\.1:1/);
    } finally {
      await dead.close();
    }
  });
});
