import { registerEnumType } from 'type-graphql';

/** The relationship types a traversal may follow: the whitelist that stands in for Cypher relationship types. */
export enum RelationshipType {
  ATTENDED = 'ATTENDED',
  DISCUSSED = 'DISCUSSED',
  HELD_IN = 'HELD_IN',
  IN_COUNTRY = 'IN_COUNTRY',
  HOLDS_POSITION = 'HOLDS_POSITION',
  REPRESENTS = 'REPRESENTS',
  PART_OF = 'PART_OF',
  OF_COUNTRY = 'OF_COUNTRY',
  REPORTS = 'REPORTS',
  MENTIONS = 'MENTIONS',
}

registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description: 'a relationship type of the graph model',
});

/** Followed when a request names no types: the facts, not the article links that tie everything to everything. */
export const FACT_RELATIONSHIPS: RelationshipType[] = [
  RelationshipType.ATTENDED,
  RelationshipType.DISCUSSED,
  RelationshipType.HELD_IN,
  RelationshipType.IN_COUNTRY,
  RelationshipType.HOLDS_POSITION,
  RelationshipType.REPRESENTS,
  RelationshipType.PART_OF,
  RelationshipType.OF_COUNTRY,
];

/** Every type of the model. */
export const ALL_RELATIONSHIPS: RelationshipType[] = Object.values(RelationshipType);

const KNOWN = new Set<string>(ALL_RELATIONSHIPS);

/** Keeps only whitelisted types (the enum already guarantees it for GraphQL input; this guards other callers). */
export function relationshipTypes(types: readonly string[] | null | undefined): RelationshipType[] {
  if (!types || types.length === 0) return FACT_RELATIONSHIPS;
  return [...new Set(types.filter((t) => KNOWN.has(t)))] as RelationshipType[];
}
