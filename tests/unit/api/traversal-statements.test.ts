import {
  ALL_RELATIONSHIPS,
  FACT_RELATIONSHIPS,
  RelationshipType,
} from '../../../src/api/traversal/relationship-type';
import {
  neighborhoodStatement,
  shortestPathStatement,
} from '../../../src/api/traversal/traversal.repository';

test('a shortest path tests the types on every relationship only when the request leaves some of its set out', () => {
  const { ATTENDED, HOLDS_POSITION, MENTIONS } = RelationshipType;
  expect(shortestPathStatement(FACT_RELATIONSHIPS, 6)).toBe('queries/shortest-path/facts-6');
  expect(shortestPathStatement(ALL_RELATIONSHIPS, 4)).toBe('queries/shortest-path/any-4');
  expect(shortestPathStatement([ATTENDED, HOLDS_POSITION], 6)).toBe('queries/shortest-path/facts-narrowed-6');
  expect(shortestPathStatement([ATTENDED, MENTIONS], 8)).toBe('queries/shortest-path/any-narrowed-8');
  // repeats do not make a subset look whole
  const repeated = [...FACT_RELATIONSHIPS.slice(1), ATTENDED, ATTENDED].slice(1);
  expect(repeated).toHaveLength(FACT_RELATIONSHIPS.length);
  expect(shortestPathStatement(repeated, 6)).toBe('queries/shortest-path/facts-narrowed-6');
});

test('a neighbourhood tests the types on every relationship only when the request leaves some of its set out', () => {
  const { ATTENDED, MENTIONS, REPRESENTS } = RelationshipType;
  expect(neighborhoodStatement(FACT_RELATIONSHIPS, 2)).toBe('queries/neighborhood/facts-2');
  expect(neighborhoodStatement(ALL_RELATIONSHIPS, 1)).toBe('queries/neighborhood/any-1');
  expect(neighborhoodStatement([REPRESENTS], 3)).toBe('queries/neighborhood/facts-narrowed-3');
  expect(neighborhoodStatement([ATTENDED, MENTIONS], 2)).toBe('queries/neighborhood/any-narrowed-2');
});
