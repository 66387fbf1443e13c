import { luceneQuery } from '../../../src/api/search/lucene-query';
import { MAX_SEARCH_HITS } from '../../../src/api/search/search.repository';
import { useSeededApi } from './api-fixture';
import { type Executed } from './api-harness';
import { profileSteps } from './plan-steps';

// A word more nodes hold than a search ranks: the count and the pages stop at the ranked hits, each hit once.
// Names of five lengths give five scores, each shared by about a fifth of the holders (ties are ordered by id).

const P = 'searchcaptest';
const HOLDERS = MAX_SEARCH_HITS + 40;
type AnyData = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const seeded = useSeededApi({
  seed: (client) =>
    client.runRaw(
      `UNWIND range(1, $n) AS i
       CREATE (:Topic {id: 'topic:${P}-' + i, aliases: [], nameKeys: [],
         name: 'Searchcaptest theme ' + i + reduce(s = '', w IN $fillers[0..(i % 5)] | s + ' ' + w)})`,
      { n: HOLDERS, fillers: ['alpha', 'bravo', 'charlie', 'delta'] },
    ),
  clean: (client) => client.runRaw(`MATCH (t:Topic) WHERE t.id STARTS WITH 'topic:${P}-' DETACH DELETE t`),
});

const PAGE = `query($after: String) {
  search(text: "searchcaptest", first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id } }
  }
}`;

test(`counts and pages the ${MAX_SEARCH_HITS} best-ranked hits when more nodes match`, async () => {
  const seen: string[] = [];
  let after: string | null = null;
  let last: AnyData | undefined;
  for (let page = 0; page < HOLDERS / 100 + 2; page++) {
    const answer: Executed<AnyData> = await seeded.api.run<AnyData>(PAGE, { after });
    expect(answer.errors).toBeUndefined();
    last = answer.data!.search;
    expect(last!.totalCount).toBe(MAX_SEARCH_HITS);
    seen.push(...last!.edges.map((e: AnyData) => e.node.id));
    if (!last!.pageInfo.hasNextPage) break;
    after = last!.pageInfo.endCursor;
  }
  expect(last!.pageInfo.hasNextPage).toBe(false);
  expect(seen).toHaveLength(MAX_SEARCH_HITS);
  expect(new Set(seen).size).toBe(MAX_SEARCH_HITS);
  expect(seen.every((id) => id.startsWith(`topic:${P}-`))).toBe(true);
});

test('reads only the hits that can make the page: those tied with or above its last score', async () => {
  const params = { query: luceneQuery(['searchcaptest']), labels: null, max: MAX_SEARCH_HITS, limit: 11 };
  const steps = await profileSteps('queries/search', { ...params, afterSort: null, afterId: null });
  const ordered = steps.find((s) => s.text.startsWith('Unwind [x IN rest'))!;
  // the best score's holders (a fifth), not every ranked hit, are read and ordered by id
  expect(ordered.rows).toBeGreaterThanOrEqual(11);
  expect(ordered.rows).toBeLessThan(HOLDERS / 2);
});
