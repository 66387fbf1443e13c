import { LoadService } from '../../../src/load/load.service';
import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { buildExtraction } from '../../fixtures/load/extraction.builder';
import { testClient, testLogger } from '../../support/test-database';
import { apiHarness } from './api-harness';
import { inventedRun, removeRun } from './invented-run';

// A person's titles over its newest articles (Person.titleHistory), as the loader leaves MENTIONS.titles. Invented
// names unique to this run keep the shared database's other tenants out of the answers.
const { run, cap } = inventedRun();
const P = `Marit ${cap}sen`;
const ids: string[] = [];
type AnyData = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let client: Neo4jClient;
let api: Awaited<ReturnType<typeof apiHarness>>;

/** An article that gives P one title; loaded in no date order. */
function article(n: number, date: string | null, title: string) {
  const x = buildExtraction({
    body: `${run} article ${n}. ${title} ${P} spoke on fisheries.`,
    date,
    url: `https://example.test/${run}/${n}`,
    title: `${run} ${n}`,
    file: `${run}-${n}.txt`,
    people: [{ name: P, title, country: 'NO' }],
  });
  ids.push(x.article.id);
  return x;
}

beforeAll(async () => {
  client = testClient();
  api = await apiHarness(client);
  const loader = new LoadService(client, testLogger, { batchSize: 10, maxArticleBytes: 1_000_000 });
  const report = await loader.loadExtractions([
    article(3, '2023-06-01', 'President'),
    article(1, '2022-05-01', 'Prime Minister'),
    article(4, null, 'Special Envoy'),
    article(2, '2023-02-01', 'President'),
  ]);
  expect(report.failed).toEqual([]);
});

afterAll(async () => {
  await removeRun(client, run, ids);
  await api.stop();
  await client.close();
});

const query = `query ($name: String!, $articles: Int, $from: String, $to: String) {
  person(name: $name) { titleHistory(articles: $articles, from: $from, to: $to) {
    read items { title articles firstSeen lastSeen } } } }`;

async function ask(vars: AnyData = {}) {
  const { data, errors, statements } = await api.run<AnyData>(query, { name: P, ...vars });
  expect(errors).toBeUndefined();
  return { ...(data!.person.titleHistory as AnyData), statements };
}

test('gives each title with how many articles give it and between which dates, first seen first', async () => {
  const all = await ask();
  expect(all).toMatchObject({
    read: 4,
    items: [
      { title: 'Prime Minister', articles: 1, firstSeen: '2022-05-01', lastSeen: '2022-05-01' },
      { title: 'President', articles: 2, firstSeen: '2023-02-01', lastSeen: '2023-06-01' },
      // seen only in an undated article: no dates, last
      { title: 'Special Envoy', articles: 1, firstSeen: null, lastSeen: null },
    ],
  });
  expect(all.statements.filter((s: string) => s === 'queries/title-history')).toHaveLength(1);
});

test('reads only the newest articles asked for, within the window', async () => {
  // the newest two dated ones (undated come last)
  expect(await ask({ articles: 2 })).toMatchObject({
    read: 2,
    items: [{ title: 'President', articles: 2, firstSeen: '2023-02-01', lastSeen: '2023-06-01' }],
  });
  // a window leaves the undated article out
  expect(await ask({ to: '2023-03' })).toMatchObject({
    read: 2,
    items: [
      { title: 'Prime Minister', articles: 1 },
      { title: 'President', articles: 1, firstSeen: '2023-02-01', lastSeen: '2023-02-01' },
    ],
  });
});

test('refuses an article count out of range, naming the argument', async () => {
  for (const articles of [0, 1001]) {
    const { errors } = await api.run(query, { name: P, articles });
    expect(errors?.[0]?.message).toMatch(
      /argument articles of titleHistory\): must be an integer from 1 to 1000/,
    );
  }
});
