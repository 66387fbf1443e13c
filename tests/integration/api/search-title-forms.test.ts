import { useSeededApi } from './api-fixture';

// People's titles are stored in one form ("Defense Minister"); a search that words the post otherwise finds them as
// it finds the stored form, ranked by that phrase. Ids and names no other test uses; the searched holder's id sorts
// last among them, so a tie (the words matched, not the post) would not put it first.

const P = 'searchtitleform';
const holders = [
  { id: `person:${P}-a`, name: 'Anselm Quarrow', title: 'Trade Minister' },
  { id: `person:${P}-b`, name: 'Berit Quarrow', title: 'Minister' },
  { id: `person:${P}-z`, name: 'Ilse Quarrow', title: 'Defense Minister' },
  { id: `person:${P}-y`, name: 'Oda Quarrow', title: 'Spokesperson' },
];

const seeded = useSeededApi({
  seed: (client) =>
    client.runRaw(
      `UNWIND $holders AS h
       CREATE (:Person {id: h.id, name: h.name, title: h.title, aliases: [], nameKeys: [], aliasText: h.name})`,
      { holders },
    ),
  clean: (client) => client.runRaw(`MATCH (p:Person) WHERE p.id STARTS WITH 'person:${P}-' DETACH DELETE p`),
});

type Hit = { id: string; score: number; highlights: { start: number; end: number }[]; snippet: string };

async function ranked(text: string): Promise<Hit[]> {
  const answer = await seeded.api.run<{ search: { edges: { node: Hit }[] } }>(
    `query($text: String!) { search(text: $text, labels: [Person], first: 100) {
      edges { node { id score snippet highlights { start end } } } } }`,
    { text },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.search.edges.map((e) => e.node).filter((h) => h.id.startsWith(`person:${P}-`));
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
