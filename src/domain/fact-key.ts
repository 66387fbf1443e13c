// How a repeated fact is named on the MENTIONS edges of the articles that state it; shared by the loader and the API.

/** Facts many articles repeat: they carry sourceCount, firstSeen and lastSeen, their sources are on MENTIONS. */
export const REPEATED_FACTS = [
  'HOLDS_POSITION',
  'REPRESENTS',
  'PART_OF',
  'OF_COUNTRY',
  'IN_COUNTRY',
] as const;
export type RepeatedFact = (typeof REPEATED_FACTS)[number];

/**
 * `TYPE|<id of the far end>|<title or empty>`: an article's `MENTIONS` edge to a fact's start node lists the keys of
 * the repeated facts it states about that node (`facts`). Far ends are organizations and countries, whose ids never
 * change. In Cypher: `type(r) + '|' + y.id + '|' + coalesce(r.title, '')`.
 */
export function factKey(type: RepeatedFact, to: string, title: string | null = null): string {
  return `${type}|${to}|${title ?? ''}`;
}
