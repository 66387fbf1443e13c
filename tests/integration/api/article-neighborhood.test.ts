import { LoadService } from '../../../src/load/load.service';
import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { testClient, testLogger } from '../../support/test-database';
import { apiHarness } from './api-harness';
import { inventedRun, ministersMet, removeRun } from './invented-run';

// A neighbourhood centred on an article: what it names and the meetings it reports at depth 1, whatever types are
// followed, then those nodes' facts. Invented names unique to this run keep the shared database's other tenants out.
const { run, cap } = inventedRun();
const PLACE = `${cap}vik`;
const A = `Runa ${cap}`;
const B = `Tor ${cap}dal`;
const C = `Siv ${cap}berg`;
const ids: string[] = [];

let client: Neo4jClient;
let api: Awaited<ReturnType<typeof apiHarness>>;
type AnyData = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function article(n: number, date: string, other: string) {
  const x = ministersMet(run, n, date, { a: A, b: other, place: PLACE });
  ids.push(x.article.id);
  return x;
}

beforeAll(async () => {
  client = testClient();
  api = await apiHarness(client);
  const loader = new LoadService(client, testLogger, { batchSize: 5, maxArticleBytes: 1_000_000 });
  // the first article is the center; the second gives A a meeting with C that the first does not report
  const report = await loader.loadExtractions([article(1, '2024-05-02', B), article(2, '2024-06-03', C)]);
  expect(report.failed).toEqual([]);
});

afterAll(async () => {
  await removeRun(client, run, ids);
  await api.stop();
  await client.close();
});

async function around(depth: number): Promise<AnyData> {
  const { data, errors } = await api.run<AnyData>(
    `query ($name: String!, $depth: Int!) { neighborhood(name: $name, depth: $depth) {
      center { id label } nodes { id label name depth } edges { source target type } } }`,
    { name: ids[0], depth },
  );
  expect(errors).toBeUndefined();
  return data!.neighborhood;
}

const names = (hood: AnyData, depth: number) =>
  hood.nodes
    .filter((n: AnyData) => n.depth === depth)
    .map((n: AnyData) => n.name)
    .sort();

test('an article at the center has what it names and the meetings it reports one step away, with its own edges', async () => {
  const hood = await around(1);
  expect(hood.center).toEqual({ id: ids[0], label: 'Article' });
  // followed are the facts (the default), which an article has none of: its own relationships give the first step
  expect(names(hood, 1)).toEqual(expect.arrayContaining([A, B, PLACE, `${run} talks 1`]));
  expect(names(hood, 1)).not.toContain(C);
  const own = hood.edges.filter((e: AnyData) => e.source === ids[0]);
  expect(new Set(own.map((e: AnyData) => e.type))).toEqual(new Set(['MENTIONS', 'REPORTS']));
  // every node one step away is linked to the center (none is drawn alone)
  const linked = new Set(own.map((e: AnyData) => e.target));
  for (const n of hood.nodes.filter((x: AnyData) => x.depth === 1)) expect(linked.has(n.id)).toBe(true);
});

test('then follows the facts of what it names: the meeting it does not report is two steps away', async () => {
  const hood = await around(2);
  expect(names(hood, 2)).toEqual(expect.arrayContaining([`${run} talks 2`]));
  const other = hood.nodes.find((n: AnyData) => n.name === `${run} talks 2`);
  expect(hood.edges).toContainEqual(expect.objectContaining({ target: other.id, type: 'ATTENDED' }));
});
