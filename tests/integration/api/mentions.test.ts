import { LoadService } from '../../../src/load/load.service';
import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { buildExtraction, type ArticleSpec } from '../../fixtures/load/extraction.builder';
import { testClient, testLogger } from '../../support/test-database';
import { apiHarness } from './api-harness';
import { inventedRun, removeRun } from './invented-run';

// A node's articles (`mentionedIn`), newest first, as the loader leaves the graph: every MENTIONS edge is paged by the
// (node, date) index, whatever the node's type. Invented names unique to this run keep the shared database's other
// tenants out of the counts.
const { run, cap } = inventedRun();
const A = `Ilse ${cap}`;
const B = `Oren ${cap}berg`;
const PLACE = `${cap}haven`;
const TOPIC = `${run} fisheries`;

let client: Neo4jClient;
let api: Awaited<ReturnType<typeof apiHarness>>;
/** article ids by number: 1 dated 2024-01-10, 2 dated 2024-03-05, 3 undated */
const ids: string[] = [];
type AnyData = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function article(n: number, date: string | null, { body, ...spec }: Partial<ArticleSpec>) {
  const x = buildExtraction({
    ...spec,
    body: `${run} article ${n}. ${body ?? ''}`,
    date,
    url: `https://example.test/${run}/${n}`,
    title: `${run} ${n}`,
    file: `${run}-${n}.txt`,
  });
  ids[n - 1] = x.article.id;
  return x;
}

const meeting = (n: number, date: string | null) =>
  article(n, date, {
    body: `${A} met ${B} in ${PLACE} to discuss ${TOPIC}.`,
    people: [
      { name: A, title: 'Foreign Minister', country: 'NO' },
      { name: B, title: 'Trade Minister', country: 'IS' },
    ],
    places: [{ name: PLACE, country: 'NO' }],
    meetings: [
      { name: `${run} talks ${n}`, date: null, place: PLACE, participants: [A, B], topics: [TOPIC] },
    ],
  });

const PAGE = `mentionedIn(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { articleId date title } } }`;

beforeAll(async () => {
  client = testClient();
  api = await apiHarness(client);
  const loader = new LoadService(client, testLogger, {
    batchSize: 10,
    maxArticleBytes: 1_000_000,
    unavailableRetryMs: 500,
  });
  // the middle one names only A: B's articles are the other two
  const only = article(2, '2024-03-05', {
    body: `${A} spoke on ${TOPIC}.`,
    people: [{ name: A, title: 'Foreign Minister', country: 'NO' }],
  });
  const report = await loader.loadExtractions([meeting(1, '2024-01-10'), only, meeting(3, null)]);
  expect(report.failed).toEqual([]);
});

afterAll(async () => {
  await removeRun(client, run, ids);
  await api.stop();
  await client.close();
});

test("a person's articles come newest first, undated last, in keyset pages with the total", async () => {
  const query = `query ($name: String!, $first: Int, $after: String) { person(name: $name) { ${PAGE} } }`;
  const first = await api.run<AnyData>(query, { name: A, first: 2 });
  expect(first.errors).toBeUndefined();
  const page1 = first.data!.person.mentionedIn;
  expect(page1.totalCount).toBe(3);
  expect(page1.edges.map((e: AnyData) => [e.node.articleId, e.node.date])).toEqual([
    [ids[1], '2024-03-05'],
    [ids[0], '2024-01-10'],
  ]);
  expect(page1.edges[0].node.title).toBe(`${run} 2`);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  const second = await api.run<AnyData>(query, { name: A, first: 2, after: page1.pageInfo.endCursor });
  expect(second.errors).toBeUndefined();
  const page2 = second.data!.person.mentionedIn;
  expect(page2.edges.map((e: AnyData) => [e.node.articleId, e.node.date])).toEqual([[ids[2], null]]);
  expect(page2.pageInfo.hasNextPage).toBe(false);
});

test("the people, places and topics of a request level share one statement, and any node's type answers", async () => {
  const query = `query ($a: String!, $first: Int, $after: String) { person(name: $a) { meetings(first: 5) { edges { node {
    participants { person { name ${PAGE} } }
    place { id ${PAGE} }
    topics { ${PAGE} } } } } } }`;
  const { data, errors, statements } = await api.run<AnyData>(query, { a: A, first: 5 });
  expect(errors).toBeUndefined();
  const articles = (x: AnyData) => x.mentionedIn.edges.map((e: AnyData) => e.node.articleId);
  const meetings = data!.person.meetings.edges.map((e: AnyData) => e.node);
  expect(meetings).toHaveLength(2);
  for (const m of meetings) {
    const people = Object.fromEntries(m.participants.map((p: AnyData) => [p.person.name, p.person]));
    expect(articles(people[A])).toEqual([ids[1], ids[0], ids[2]]);
    expect(people[A].mentionedIn.totalCount).toBe(3);
    expect(articles(people[B])).toEqual([ids[0], ids[2]]);
    expect(people[B].mentionedIn.totalCount).toBe(2);
    // (places and topics come from meetings here: the middle article reports none)
    expect(articles(m.place)).toEqual([ids[0], ids[2]]);
    expect(articles(m.topics[0])).toEqual([ids[0], ids[2]]);
  }
  expect(statements.filter((s) => s === 'queries/node-mentions')).toHaveLength(1);
  const byId = await api.run<AnyData>(
    `query ($id: ID!, $first: Int, $after: String) { entity(id: $id) { ... on Place { ${PAGE} } } }`,
    { id: meetings[0].place.id, first: 5 },
  );
  expect(byId.errors).toBeUndefined();
  expect(articles(byId.data!.entity)).toEqual([ids[0], ids[2]]);
});

test('a bad cursor is a clear error naming the argument', async () => {
  const { errors } = await api.run(
    `query { person(name: "${A}") { mentionedIn(after: "not-a-cursor") { totalCount } } }`,
  );
  expect(errors?.[0]?.message).toMatch(/after/);
});

test('a window of dates keeps the articles dated within it, counts only those, and leaves the undated out', async () => {
  const query = `query ($name: String!, $from: String, $to: String, $after: String) { person(name: $name) {
    mentionedIn(from: $from, to: $to, first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { articleId } } } } }`;
  const page = async (vars: AnyData) => {
    const { data, errors } = await api.run<AnyData>(query, { name: A, ...vars });
    expect(errors).toBeUndefined();
    const m = data!.person.mentionedIn;
    return { total: m.totalCount, ids: m.edges.map((e: AnyData) => e.node.articleId), next: m.pageInfo };
  };
  // a partial date covers its whole month or year
  expect(await page({ from: '2024-01', to: '2024-02' })).toMatchObject({ total: 1, ids: [ids[0]] });
  expect(await page({ from: '2024-02-01' })).toMatchObject({ total: 1, ids: [ids[1]] });
  const year = await page({ to: '2024' });
  expect(year).toMatchObject({ total: 2, ids: [ids[1]] });
  expect(year.next.hasNextPage).toBe(true);
  // the cursor pages on inside the window, and the window still leaves the undated article out
  const rest = await page({ to: '2024', after: year.next.endCursor });
  expect(rest).toMatchObject({ total: 2, ids: [ids[0]] });
  expect(rest.next.hasNextPage).toBe(false);
  expect(await page({ from: '2025' })).toMatchObject({ total: 0, ids: [] });
});

test('a window that is not a date, or ends before it starts, is refused naming the argument', async () => {
  const ask = (args: string) =>
    api.run(`query { person(name: "${A}") { mentionedIn(${args}) { totalCount } } }`);
  expect((await ask('from: "March"')).errors?.[0]?.message).toMatch(/from/);
  expect((await ask('from: "2024-03", to: "2024-01"')).errors?.[0]?.message).toMatch(/\bto\b/);
});

describe('the articles that name a node and others too (mentionedIn with)', () => {
  const query = `query ($id: ID!, $with: [ID!], $from: String, $first: Int, $after: String) {
    entity(id: $id) { ... on Person { mentionedIn(with: $with, from: $from, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { articleId date sentence } } } } } }`;
  const idOf = async (name: string) => {
    const { data } = await api.run<AnyData>(`query ($name: String!) { person(name: $name) { id } }`, {
      name,
    });
    return data!.person.id as string;
  };
  const page = async (vars: AnyData) => {
    const { data, errors, statements } = await api.run<AnyData>(query, vars);
    expect(errors).toBeUndefined();
    const m = data!.entity.mentionedIn;
    return { total: m.totalCount, ids: m.edges.map((e: AnyData) => e.node.articleId), m, statements };
  };

  test('keeps the articles naming every node, newest first, counted, paged, in a window, whichever is rarer', async () => {
    const [a, b] = [await idOf(A), await idOf(B)];
    // A is named by three articles, B by two: the walk follows B's, from either side
    const both = await page({ id: a, with: [b], first: 5 });
    expect(both).toMatchObject({ total: 2, ids: [ids[0], ids[2]] });
    expect(both.statements).toContain('queries/co-mentions');
    expect(await page({ id: b, with: [a], first: 5 })).toMatchObject({ total: 2, ids: [ids[0], ids[2]] });
    // each with the sentence of the asked node's own first mention, as its plain page gives it
    const own = await page({ id: a, first: 5 });
    const sentences = new Map(own.m.edges.map((e: AnyData) => [e.node.articleId, e.node.sentence]));
    for (const e of both.m.edges) expect(e.node.sentence).toBe(sentences.get(e.node.articleId));
    // the cursor pages on, and a window counts only its own
    const first = await page({ id: a, with: [b], first: 1 });
    expect(first).toMatchObject({ total: 2, ids: [ids[0]] });
    expect(first.m.pageInfo.hasNextPage).toBe(true);
    expect(await page({ id: a, with: [b], first: 1, after: first.m.pageInfo.endCursor })).toMatchObject({
      ids: [ids[2]],
    });
    expect(await page({ id: a, with: [b], from: '2024', first: 5 })).toMatchObject({
      total: 1,
      ids: [ids[0]],
    });
    // a page asked without its count is the same page
    const uncounted = await api.run<AnyData>(
      `query ($id: ID!, $with: [ID!]) { entity(id: $id) { ... on Person { mentionedIn(with: $with) {
        edges { node { articleId } } } } } }`,
      { id: a, with: [b] },
    );
    expect(uncounted.data!.entity.mentionedIn.edges.map((e: AnyData) => e.node.articleId)).toEqual(both.ids);
  });

  test('its own id or none leaves the plain page; an unknown node leaves none; more than four is refused', async () => {
    const [a, b] = [await idOf(A), await idOf(B)];
    const plain = await page({ id: a, with: [a], first: 5 });
    expect(plain).toMatchObject({ total: 3, ids: [ids[1], ids[0], ids[2]] });
    expect(plain.statements).not.toContain('queries/co-mentions');
    expect(await page({ id: a, with: [b, `${b}-none`], first: 5 })).toMatchObject({ total: 0, ids: [] });
    const { errors } = await api.run(query, { id: a, with: ['p1', 'p2', 'p3', 'p4', 'p5'] });
    expect(errors?.[0]?.message).toMatch(
      /argument with of mentionedIn\): names at most 4 other nodes, got 5/,
    );
  });

  test('the pages of one request level asking the same others share one statement', async () => {
    const [a, b] = [await idOf(A), await idOf(B)];
    const found = await api.run<AnyData>(
      `query ($name: String!) { person(name: $name) { meetings(first: 1) { edges { node { place { id } } } } } }`,
      { name: A },
    );
    const place = found.data!.person.meetings.edges[0].node.place.id as string;
    const { data, errors, statements } = await api.run<AnyData>(
      `query ($with: [ID!]) {
        one: entity(id: "${a}") { ... on Person { mentionedIn(with: $with) { totalCount } } }
        two: entity(id: "${b}") { ... on Person { mentionedIn(with: $with) { totalCount } } } }`,
      { with: [place] },
    );
    expect(errors).toBeUndefined();
    expect([data!.one.mentionedIn.totalCount, data!.two.mentionedIn.totalCount]).toEqual([2, 2]);
    expect(statements.filter((s) => s === 'queries/co-mentions')).toHaveLength(1);
  });
});

test('mentionsByMonth counts the articles naming a node each month, oldest first, dated ones only', async () => {
  const query = `query ($a: String!, $b: String!, $from: String) {
    a: person(name: $a) { mentionsByMonth(from: $from) { month count } }
    b: person(name: $b) { mentionsByMonth(from: $from) { month count } } }`;
  const { data, errors } = await api.run<AnyData>(query, { a: A, b: B });
  expect(errors).toBeUndefined();
  // the undated third article is left out
  expect(data!.a.mentionsByMonth).toEqual([
    { month: '2024-01', count: 1 },
    { month: '2024-03', count: 1 },
  ]);
  expect(data!.b.mentionsByMonth).toEqual([{ month: '2024-01', count: 1 }]);
  const windowed = await api.run<AnyData>(query, { a: A, b: B, from: '2024-02' });
  expect(windowed.data!.a.mentionsByMonth).toEqual([{ month: '2024-03', count: 1 }]);
  expect(windowed.data!.b.mentionsByMonth).toEqual([]);
});

describe('the nodes named most often alongside a node (namedWith)', () => {
  const query = `query ($name: String!, $labels: [EntityLabel!], $to: String, $top: Int, $articles: Int) {
    person(name: $name) { namedWith(labels: $labels, to: $to, top: $top, articles: $articles) {
      read items { articles entity { id label name } } } } }`;
  const ask = async (vars: AnyData) => {
    const { data, errors, statements } = await api.run<AnyData>(query, { name: A, ...vars });
    expect(errors).toBeUndefined();
    const list = data!.person.namedWith;
    const items = list.items.map((x: AnyData) => [x.entity.name, x.articles]);
    return { read: list.read, items, all: list.items as AnyData[], statements };
  };

  test('counts, over its newest articles, how many name each other node, most first, never itself', async () => {
    expect(await ask({ labels: ['Person'] })).toMatchObject({ read: 3, items: [[B, 2]] });
    // the newest two (2024-03-05 names A alone, then 2024-01-10), then the window's two dated ones
    expect(await ask({ labels: ['Person'], articles: 2 })).toMatchObject({ read: 2, items: [[B, 1]] });
    expect(await ask({ labels: ['Person'], articles: 1 })).toMatchObject({ read: 1, items: [] });
    expect(await ask({ labels: ['Person'], to: '2024' })).toMatchObject({ read: 2, items: [[B, 1]] });
    const any = await ask({ top: 50 });
    expect(any.all.map((x) => x.entity.name)).not.toContain(A);
    expect(any.all.map((x) => x.entity.label)).toEqual(expect.arrayContaining(['Person', 'Place']));
    const counts = any.all.map((x) => x.articles);
    expect([...counts].sort((x, y) => y - x)).toEqual(counts);
    expect((await ask({ top: 1 })).items).toHaveLength(1);
    // a tie puts the rarer node first: the place (named by two articles) before A (three), whatever their ids
    expect(await ask({ name: B, labels: ['Person', 'Place'] })).toMatchObject({
      read: 2,
      items: [
        [PLACE, 2],
        [A, 2],
      ],
    });
    expect(any.statements.filter((x) => x === 'queries/named-with')).toHaveLength(1);
  });

  test('top and articles out of range are refused naming the argument', async () => {
    for (const [vars, name] of [
      [{ top: 0 }, 'top'],
      [{ top: 51 }, 'top'],
      [{ articles: 1001 }, 'articles'],
    ] as const) {
      const { errors } = await api.run(query, { name: A, ...vars });
      expect(errors?.[0]?.message).toMatch(
        new RegExp(`argument ${name} of namedWith\\): must be an integer from 1`),
      );
    }
  });
});

describe("an article's nodes (Article.mentions), the other way round", () => {
  const MENTIONS = `mentions(first: $first, after: $after, labels: $labels) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { entity { id label name } count sentence start names titles status } } }`;
  const query = `query ($id: ID!, $first: Int, $after: String, $labels: [EntityLabel!]) {
    entity(id: $id) { ... on Article { ${MENTIONS} } } }`;

  test('come in reading order, located ones first, in keyset pages, each with what the article says of it', async () => {
    const all: AnyData[] = [];
    let after: string | null = null;
    let total = -1;
    for (let pages = 0; pages < 10; pages++) {
      const { data, errors }: { data?: AnyData | null; errors?: unknown } = await api.run<AnyData>(query, {
        id: ids[0],
        first: 2,
        after,
      });
      expect(errors).toBeUndefined();
      const m: AnyData = data!.entity.mentions;
      total = m.totalCount;
      all.push(...m.edges.map((e: AnyData) => e.node));
      if (!m.pageInfo.hasNextPage) break;
      after = m.pageInfo.endCursor;
    }
    expect(all).toHaveLength(total);
    expect(new Set(all.map((x) => x.entity.id)).size).toBe(total);
    expect(new Set(all.map((x) => x.entity.label))).toEqual(
      new Set(['Person', 'Meeting', 'Place', 'Topic', 'Country']),
    );
    // by the sentence's offset (unlocated last), then id
    const key = (x: AnyData) => [x.start ?? Number.MAX_SAFE_INTEGER, x.entity.id] as const;
    const sorted = [...all].sort((x, y) => key(x)[0] - key(y)[0] || (key(x)[1] < key(y)[1] ? -1 : 1));
    expect(all.map((x) => x.entity.id)).toEqual(sorted.map((x) => x.entity.id));
    const a = all.find((x) => x.entity.name === A)!;
    expect(a).toMatchObject({ titles: ['Foreign Minister'], start: 0, status: null });
    expect(a.count).toBeGreaterThan(0);
    expect(a.sentence).toMatch(new RegExp(`^${run} article 1\\.`));
    const meeting = all.find((x) => x.entity.label === 'Meeting')!;
    expect(meeting).toMatchObject({ count: null, status: 'HELD' });
  });

  test('related: the articles naming the most of the same nodes, rare ones weighing most, best first', async () => {
    const related = `query ($id: ID!, $top: Int, $perNode: Int) { entity(id: $id) { ... on Article {
      related(top: $top, perNode: $perNode) { score article { id title } shared { name } } } } }`;
    const { data, errors, statements } = await api.run<AnyData>(related, { id: ids[0], top: 5 });
    expect(errors).toBeUndefined();
    const list: AnyData[] = data!.entity.related;
    // the third names both people, the place and the topic too; the second names one of them
    expect(list.slice(0, 2).map((x) => x.article.id)).toEqual([ids[2], ids[1]]);
    expect(list[0]!.article.title).toBe(`${run} 3`);
    const scores = list.map((x) => x.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    const shared = list[0]!.shared.map((x: AnyData) => x.name);
    expect(shared).toEqual(expect.arrayContaining([A, B, PLACE]));
    // rarest first: B (two articles) before A (three)
    expect(shared.indexOf(B)).toBeLessThan(shared.indexOf(A));
    expect(list[1]!.shared.map((x: AnyData) => x.name)).toContain(A);
    expect(list.map((x) => x.article.id)).not.toContain(ids[0]);
    expect(statements.filter((x) => x === 'queries/related-articles')).toHaveLength(1);
    const one = await api.run<AnyData>(related, { id: ids[0], top: 1 });
    expect(one.data!.entity.related).toHaveLength(1);
    // a window keeps the related articles dated within it (the undated third left out)
    const windowed = await api.run<AnyData>(
      `query ($id: ID!, $from: String) { entity(id: $id) { ... on Article {
        related(top: 50, from: $from) { article { id } } } } }`,
      { id: ids[0], from: '2024-02' },
    );
    const inWindow = windowed.data!.entity.related.map((x: AnyData) => x.article.id);
    expect(inWindow[0]).toBe(ids[1]);
    expect(inWindow).not.toContain(ids[2]);
    const refused = await api.run(related, { id: ids[0], perNode: 0 });
    expect(refused.errors?.[0]?.message).toMatch(/argument perNode of related\): must be an integer from 1/);
  });

  test('labels keep those types only, and the articles of one request level share one statement', async () => {
    const { data, errors, statements } = await api.run<AnyData>(
      `query ($first: Int, $after: String, $labels: [EntityLabel!]) {
        one: entity(id: "${ids[0]}") { ... on Article { ${MENTIONS} } }
        two: entity(id: "${ids[1]}") { ... on Article { ${MENTIONS} } } }`,
      { first: 10, labels: ['Person'] },
    );
    expect(errors).toBeUndefined();
    const names = (x: AnyData) => x.mentions.edges.map((e: AnyData) => e.node.entity.name).sort();
    expect(names(data!.one)).toEqual([A, B].sort());
    expect(names(data!.two)).toEqual([A]);
    expect(data!.one.mentions.totalCount).toBe(2);
    expect(statements.filter((s) => s === 'queries/article-mentions')).toHaveLength(1);
  });
});
