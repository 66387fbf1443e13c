import { LoadService } from '../../../src/load/load.service';
import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { testClient, testLogger } from '../../support/test-database';
import { apiHarness } from './api-harness';
import { inventedRun, ministersMet, removeRun } from './invented-run';

// A neighbourhood whose center has more neighbours than the answer holds keeps those seen last (the newest article
// naming them), not an arbitrary slice: a place where six meetings were held in six months, each reported by its own
// article, and one undated article that names the place. Invented names unique to this run keep the shared database's
// other tenants out.
const { run, cap } = inventedRun();
const PLACE = `${cap}mouth`;
const A = `Ines ${cap}`;
const B = `Olaf ${cap}sen`;
const articleIds: string[] = [];

let client: Neo4jClient;
let api: Awaited<ReturnType<typeof apiHarness>>;
type AnyData = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function article(n: number, date: string | null) {
  const x = ministersMet(run, n, date, { a: A, b: B, place: PLACE });
  articleIds.push(x.article.id);
  return x;
}

beforeAll(async () => {
  client = testClient();
  api = await apiHarness(client);
  const loader = new LoadService(client, testLogger, {
    batchSize: 3,
    maxArticleBytes: 1_000_000,
    unavailableRetryMs: 500,
  });
  // loaded in no date order: what is kept must not depend on it
  const days = [4, 1, 6, 2, 5, 3];
  const report = await loader.loadExtractions([
    ...days.map((d) => article(d, `2024-0${d}-15`)),
    article(7, null),
  ]);
  expect(report.failed).toEqual([]);
});

afterAll(async () => {
  await removeRun(client, run, articleIds);
  await api.stop();
  await client.close();
});

async function around(
  types: string[],
  limit: number,
): Promise<{ truncated: boolean; near: AnyData[]; links: AnyData[] }> {
  const { data, errors } = await api.run<AnyData>(
    `query ($name: String!, $limit: Int) { neighborhood(name: $name, depth: 1, limit: $limit, types: [${types.join(', ')}]) {
      truncated centerLinks { type count } nodes { id label name date depth } } }`,
    { name: PLACE, limit },
  );
  expect(errors).toBeUndefined();
  const hood = data!.neighborhood;
  return {
    truncated: hood.truncated,
    near: hood.nodes.filter((n: AnyData) => n.depth === 1),
    links: hood.centerLinks,
  };
}

test("a place's meetings beyond the limit: the ones seen last are kept, newest first", async () => {
  const all = await around(['HELD_IN'], 50);
  expect(all.truncated).toBe(false);
  expect(all.near.map((n) => n.date)).toEqual([6, 5, 4, 3, 2, 1].map((m) => `2024-0${m}-15`));
  const cut = await around(['HELD_IN'], 3);
  expect(cut.truncated).toBe(true);
  expect(cut.near.map((n) => n.date)).toEqual(['2024-06-15', '2024-05-15', '2024-04-15']);
});

test('the articles naming the center come newest first, the undated one last, cut at the limit', async () => {
  const all = await around(['MENTIONS'], 50);
  expect(all.near.every((n) => n.label === 'Article')).toBe(true);
  expect(all.near.map((n) => n.name)).toEqual([6, 5, 4, 3, 2, 1, 7].map((n) => `${run} ${n}`));
  const cut = await around(['MENTIONS'], 2);
  expect(cut.truncated).toBe(true);
  expect(cut.near.map((n) => n.name)).toEqual([`${run} 6`, `${run} 5`]);
});

test('meetings and articles together: the limit keeps the newest of both kinds', async () => {
  const all = await around(['HELD_IN', 'MENTIONS'], 50);
  expect(all.near).toHaveLength(13);
  const dates = all.near.map((n) => n.date ?? '');
  expect(dates).toEqual([...dates].sort().reverse());
  for (const limit of [3, 5]) {
    const cut = await around(['HELD_IN', 'MENTIONS'], limit);
    expect(cut.near.map((n) => n.id)).toEqual(all.near.slice(0, limit).map((n) => n.id));
  }
});

test("the center's links of each followed type are counted, most first, however few the answer keeps", async () => {
  // the place's country (IN_COUNTRY) is not followed: not counted
  expect((await around(['HELD_IN', 'MENTIONS'], 2)).links).toEqual([
    { type: 'MENTIONS', count: 7 },
    { type: 'HELD_IN', count: 6 },
  ]);
  expect((await around(['HELD_IN'], 50)).links).toEqual([{ type: 'HELD_IN', count: 6 }]);
});
