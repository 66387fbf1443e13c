import { operation } from './api-harness';
import { useSeededApi } from './api-fixture';

// Hostile and malformed input: a clear GraphQL error or an empty answer, never a Cypher error or a stack.

type AnyData = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const seeded = useSeededApi();

const HOSTILE_NAMES = [
  `Alma" OR 1=1 //`,
  "Vexler'}) MATCH (n) DETACH DELETE n //",
  'back\\slash\\',
  'MATCH (n) RETURN n',
  'x'.repeat(10_000),
  '',
  '   ',
  '*',
  'AND OR NOT ~ ^ [ ] { }',
];

test.each(HOSTILE_NAMES.map((n) => [n.slice(0, 30), n]))(
  'name %s gives an empty answer',
  async (_label, name) => {
    for (const [op, vars] of [
      ['Counterparts', { name }],
      ['PersonProfile', { name }],
      ['MeetingsBetween', { a: name, b: name }],
      ['TopicMeetings', { topic: name }],
      ['OrganizationPeople', { name }],
      ['ShortestPath', { from: name, to: 'Alma Vexler' }],
      ['Neighborhood', { name, depth: 1 }],
    ] as const) {
      const r = await seeded.api.run<AnyData>(operation(op), vars);
      expect({ op, errors: r.errors }).toEqual({ op, errors: undefined });
    }
    // The graph is intact.
    const still = await seeded.api.run<AnyData>(operation('PersonProfile'), { name: 'Alma Vexler' });
    expect(still.data!.person.name).toBe('Alma Vexler');
  },
);

test.each([`"quoted" \\ back`, 'MATCH (n) RETURN n', 'AND OR NOT', '*?~', 'apitest AND'])(
  'search text %s is answered',
  async (text) => {
    const r = await seeded.api.run<AnyData>(operation('Search'), { text });
    expect(r.errors).toBeUndefined();
    expect(Array.isArray(r.data!.search.edges)).toBe(true);
  },
);

function expectBadInput(
  r: { errors?: { message: string; extensions?: Record<string, unknown> }[] },
  variable: string,
) {
  expect(r.errors).toHaveLength(1);
  const [e] = r.errors!;
  expect(e!.extensions?.code).toBe('BAD_USER_INPUT');
  expect(e!.message).toContain(variable);
  expect(e!.message).not.toMatch(/Neo4j|Cypher|MATCH|at \w+ \(/);
}

test('a search text over 200 characters is BAD_USER_INPUT naming text', async () => {
  const r = await seeded.api.run<AnyData>(operation('Search'), { text: 'x'.repeat(10_000) });
  expectBadInput(r, '$text');
  expect(r.errors![0]!.extensions?.variable).toBe('text');
});

test.each(['yesterday', '2024-13', '2024-02-30', '24-01-01', "2024' OR 1=1", '2024-1-1'])(
  'date %s is BAD_USER_INPUT naming the variable',
  async (bad) => {
    expectBadInput(await seeded.api.run(operation('MeetingsInRange'), { from: bad }), '$from');
    expectBadInput(await seeded.api.run(operation('MeetingsInRange'), { to: bad }), '$to');
    expectBadInput(await seeded.api.run(operation('TopicTrends'), { from: bad }), '$from');
  },
);

test.each([-1, 101, 1_000_000])('first %s is BAD_USER_INPUT naming first', async (first) => {
  // The cost estimate caps first at 100, so even a huge value reaches the argument check.
  expectBadInput(await seeded.api.run(operation('MeetingsInRange'), { first }), '$first');
});

test.each([
  'not-a-cursor',
  'WyJ4Il0',
  Buffer.from('["x","y"]').toString('base64url'),
  '!!!',
  'x'.repeat(5000),
])('cursor %s is BAD_USER_INPUT naming after', async (after) => {
  const r = await seeded.api.run(operation('MeetingsInRange'), { after: after.slice(0, 5000) });
  expectBadInput(r, '$after');
  expect(r.errors![0]!.extensions?.variable).toBe('after');
});

test('depth 50 is BAD_USER_INPUT naming depth', async () => {
  const r = await seeded.api.run(operation('Neighborhood'), { name: 'Alma Vexler', depth: 50 });
  expectBadInput(r, '$depth');
});

test('a query nested too deep is QUERY_TOO_COMPLEX with the depth and the limit', async () => {
  const deep = `{ person(name: "x") { positions { person { positions { person { positions { person { positions { person { positions { person { positions { title } } } } } } } } } } } } }`;
  const r = await seeded.api.run(deep);
  expect(r.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 12 });
  expect(r.statements).toEqual([]);
});

test('a query costing too much is QUERY_TOO_COMPLEX with the cost and the limit', async () => {
  const wide = `{ meetings(first: 100) { edges { node { participants { person { meetings(first: 100) { edges { node { id name } } } } } } } } }`;
  const r = await seeded.api.run(wide);
  const e = r.errors![0]!;
  expect(e.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 5000 });
  expect(e.extensions!.cost as number).toBeGreaterThan(5000);
  expect(e.message).toMatch(/cost \d+ exceeds the limit of 5000/);
  expect(r.statements).toEqual([]);
});
