import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { operationCost, operationDepth } from '../../../src/api/complexity.plugin';
import { buildApiSchema } from '../../../src/api/schema';
import { loadConfig } from '../../../src/config';

const schema = buildApiSchema();
const OPS = path.join(__dirname, '..', '..', '..', 'examples', 'operations');
const limits = loadConfig({}).server;

test('depth counts nested fields through fragments, not introspection', () => {
  expect(operationDepth(parse('{ person(name: "x") { id positions { title } } }'))).toBe(3);
  expect(
    operationDepth(parse('query { ...F } fragment F on Query { person(name: "x") { country { id } } }')),
  ).toBe(3);
  expect(
    operationDepth(parse('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')),
  ).toBe(0);
  expect(
    operationDepth(
      parse('query A { person(name: "x") { id } } query B { person(name: "x") { country { id } } }'),
      'B',
    ),
  ).toBe(3);
});

test('cost grows with first and with nested lists', () => {
  const q = (first: number) =>
    parse(`{ meetings(first: ${first}) { edges { node { id participants { person { id } } } } } }`);
  const small = operationCost(schema, q(2), {});
  const big = operationCost(schema, q(100), {});
  expect(big).toBeGreaterThan(small * 20);
  const viaVariable = operationCost(
    schema,
    parse('query($n: Int) { meetings(first: $n) { edges { node { id } } } }'),
    { n: 100 },
  );
  expect(viaVariable).toBeGreaterThan(
    operationCost(schema, parse('{ meetings(first: 1) { edges { node { id } } } }'), {}),
  );
});

test.each(fs.readdirSync(OPS).filter((f) => f.endsWith('.graphql')))(
  '%s stays within the default limits',
  (file) => {
    const doc = parse(fs.readFileSync(path.join(OPS, file), 'utf8'));
    expect(operationDepth(doc)).toBeLessThanOrEqual(limits.maxQueryDepth);
    const vars = {
      name: 'x',
      a: 'x',
      b: 'x',
      topic: 'x',
      from: 'x',
      to: 'x',
      text: 'x',
      first: 100,
      depth: 3,
    };
    expect(operationCost(schema, doc, vars)).toBeLessThanOrEqual(limits.maxQueryComplexity);
  },
);
