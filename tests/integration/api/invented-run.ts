import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { buildExtraction } from '../../fixtures/load/extraction.builder';

/**
 * A tag unique to one test file's run, lower case and capitalised: the invented names carry it, so that the shared
 * database's other tenants stay out of the answers and the clean-up finds what the file loaded.
 */
export function inventedRun(): { run: string; cap: string } {
  const run = Array.from({ length: 6 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join(
    '',
  );
  return { run, cap: run[0]!.toUpperCase() + run.slice(1) };
}

/** Deletes a run's articles and every node whose name carries its tag (countries are shared, and kept). */
export async function removeRun(
  client: Neo4jClient,
  run: string,
  articleIds: readonly string[],
): Promise<void> {
  await client.runRaw(`MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a`, { ids: articleIds });
  await client.runRaw(`MATCH (n) WHERE toLower(n.name) CONTAINS $run AND NOT n:Country DETACH DELETE n`, {
    run,
  });
}

/**
 * Article n of a run: minister a (Norway) met minister b (Iceland) in a place in Norway, a meeting of its own when the
 * article is dated (none when undated).
 */
export function ministersMet(
  run: string,
  n: number,
  date: string | null,
  who: { a: string; b: string; place: string },
): ReturnType<typeof buildExtraction> {
  return buildExtraction({
    body: `${run} article ${n}. ${who.a} met ${who.b} in ${who.place}.`,
    date,
    url: `https://example.test/${run}/${n}`,
    title: `${run} ${n}`,
    file: `${run}-${n}.txt`,
    people: [
      { name: who.a, title: 'Foreign Minister', country: 'NO' },
      { name: who.b, title: 'Trade Minister', country: 'IS' },
    ],
    places: [{ name: who.place, country: 'NO' }],
    meetings: date
      ? [{ name: `${run} talks ${n}`, date, place: who.place, participants: [who.a, who.b] }]
      : [],
  });
}
