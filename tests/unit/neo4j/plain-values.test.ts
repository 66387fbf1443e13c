import neo4j from 'neo4j-driver';
import { toPlain } from '../../../src/neo4j/plain-values';

describe('toPlain', () => {
  it('turns driver integers into numbers, and those beyond 2^53 into exact strings', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns temporal values into ISO strings inside nested maps and lists', () => {
    const row = {
      meeting: { date: new neo4j.types.Date(2022, 6, 3), ordinal: neo4j.int(2), tags: [neo4j.int(1), 'x'] },
      missing: undefined,
    };
    expect(toPlain(row)).toEqual({
      meeting: { date: '2022-06-03', ordinal: 2, tags: [1, 'x'] },
      missing: null,
    });
  });

  it('flattens nodes and relationships into their properties with labels or type', () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ['Person'],
      { id: 'person:a', since: neo4j.int(3) },
      'e1',
    );
    const rel = new neo4j.types.Relationship(
      neo4j.int(2),
      neo4j.int(1),
      neo4j.int(3),
      'ATTENDED',
      { role: 'principal' },
      'e2',
      'e1',
      'e3',
    );
    expect(toPlain([node, rel])).toEqual([
      { labels: ['Person'], id: 'person:a', since: 3 },
      { type: 'ATTENDED', role: 'principal' },
    ]);
  });
});
