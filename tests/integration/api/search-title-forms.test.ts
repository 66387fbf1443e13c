import { useSeededApi } from './api-fixture';

// People's titles are stored in one form ("Defense Minister"); a search that words the post otherwise finds them as
// it finds the stored form, ranked by that phrase. Ids and names no other test uses; the searched holder's id sorts
// last among them, so a tie (the words matched, not the post) would not put it first. Lucene weighs a word by how rare
// it is in the whole index, which other suites fill: the ranking against a body is asked of a post whose words they
// seldom use (with "Foreign Minister", the commonest post, it depends on what else is loaded).

const P = 'searchtitleform';
const holders = [
  { id: `person:${P}-a`, name: 'Anselm Quarrow', title: 'Trade Minister' },
  { id: `person:${P}-b`, name: 'Berit Quarrow', title: 'Minister' },
  { id: `person:${P}-z`, name: 'Ilse Quarrow', title: 'Defense Minister' },
  { id: `person:${P}-y`, name: 'Oda Quarrow', title: 'Spokesperson' },
];
const body = { id: `org:${P}-mod`, name: 'Ministry of Defence' };

const seeded = useSeededApi({
  seed: (client) =>
    client.runRaw(
      `UNWIND $holders AS h
       CREATE (:Person {id: h.id, name: h.name, title: h.title, aliases: [], nameKeys: [], aliasText: h.name})
       WITH count(*) AS _
       CREATE (:Organization {id: $body.id, name: $body.name, kind: 'ministry', aliases: [], nameKeys: [], aliasText: $body.name})`,
      { holders, body },
    ),
  clean: (client) =>
    client.runRaw(`MATCH (n) WHERE n.id STARTS WITH 'person:${P}-' OR n.id = $id DETACH DELETE n`, {
      id: body.id,
    }),
});

type Hit = { id: string; score: number; highlights: { start: number; end: number }[]; snippet: string };

async function ranked(text: string, labels = ['Person']): Promise<Hit[]> {
  const answer = await seeded.api.run<{ search: { edges: { node: Hit }[] } }>(
    `query($text: String!, $labels: [EntityLabel!]) { search(text: $text, labels: $labels, first: 100) {
      edges { node { id score snippet highlights { start end } } } } }`,
    { text, labels },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.search.edges.map((e) => e.node).filter((h) => h.id.includes(`:${P}-`));
}

test('a post worded as articles write it finds the holder of its stored form first', async () => {
  for (const text of ['Minister of Defence', 'minister for defence', 'Defence Minister']) {
    const hits = await ranked(text);
    expect(hits[0]?.id).toBe(`person:${P}-z`);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  }
});

test('a gendered or British form of a one-word post finds its holder, highlighted', async () => {
  const [hit] = await ranked('spokesman');
  expect(hit?.id).toBe(`person:${P}-y`);
  expect(hit!.highlights.map((h) => hit!.snippet.slice(h.start, h.end))).toContain('Spokesperson');
});

test('the holder of a post named as written ranks above a body whose name shares more of the words typed', async () => {
  // "Ministry of Defence" holds "of" and "Defence" as typed; the holder's stored title only "Minister"
  const hits = await ranked('Minister of Defence', ['Person', 'Organization']);
  const holder = hits.find((h) => h.id === `person:${P}-z`);
  const ministry = hits.find((h) => h.id === body.id);
  expect(holder!.score).toBeGreaterThan(ministry!.score);
});
