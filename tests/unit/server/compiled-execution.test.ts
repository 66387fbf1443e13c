import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import 'reflect-metadata';
import {
  buildSchema,
  execute,
  isAbstractType,
  Kind,
  parse,
  type FieldNode,
  type GraphQLError,
  type GraphQLResolveInfo,
} from 'graphql';
import { buildApiSchema } from '../../../src/api/schema';
import { compiledExecution } from '../../../src/server/compiled-execution';

// An invented schema: nested lists, an argument checked by its resolver, fragments and aliases in the documents.
const schema = buildSchema(`
  type Query { shelf(size: Int): Shelf }
  type Shelf { books: [Book!]! }
  type Book { title: String!, pages(over: Int): Int }
`);
const fields = (type: string) =>
  (schema.getType(type) as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
fields('Query').shelf!.resolve = (_: unknown, { size }: { size?: number }) => {
  if (size !== undefined && size < 0) throw new RangeError('size: must not be negative');
  return { books: [{ title: 'Winter Tides' }, { title: 'The Salt Road' }] };
};
fields('Book').pages!.resolve = (book: { title: string }) => book.title.length * 10;

async function run(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const { executor } = await compiledExecution(schema).load({
    apollo: { key: undefined, keyHash: undefined, graphRef: undefined },
  });
  const document = parse(query);
  // Apollo resolves no operation for a name that matches none; the executor reads the name the client sent.
  const request = { document, operationName: null, request: { variables, operationName }, context: {} };
  const compiled = await executor!(request as unknown as GatewayGraphQLRequestContext);
  const js = await execute({ schema, document, variableValues: variables, operationName });
  return { compiled, js };
}

test('answers as graphql-js does, through fragments and aliases', async () => {
  const { compiled, js } = await run(
    `
    query Q($n: Int) { s: shelf(size: $n) { ...Titles books { p: pages(over: 1) } } }
    fragment Titles on Shelf { books { title } }`,
    { n: 2 },
  );
  expect(compiled).toEqual(js);
  expect(JSON.stringify(compiled.data)).toContain('Winter Tides');
});

test("a resolver's error carries the field node it was asked through, so a formatter can name the bound variable", async () => {
  const { compiled } = await run(
    'query Q($n: Int) { ...Top } fragment Top on Query { s: shelf(size: $n) { books { title } } }',
    { n: -1 },
  );
  const [error] = compiled.errors as GraphQLError[];
  expect(error!.path).toEqual(['s']);
  expect((error!.originalError as Error).message).toBe('size: must not be negative');
  const node = error!.nodes?.[0] as FieldNode | undefined;
  expect(node?.kind).toBe(Kind.FIELD);
  expect(node?.arguments?.[0]?.value).toMatchObject({ kind: Kind.VARIABLE, name: { value: 'n' } });
  expect(error!.extensions).toEqual({});
});

test('variables that do not coerce are reported in graphql-js words, on the variable definition', async () => {
  const { compiled, js } = await run('query Q($n: Int) { shelf(size: $n) { books { title } } }', {
    n: 'many',
  });
  expect(compiled).toEqual(js);
  expect(compiled.errors?.[0]?.nodes?.[0]?.kind).toBe(Kind.VARIABLE_DEFINITION);
  expect('data' in compiled).toBe(false);
});

test('a document graphql-jit cannot compile (two operations, none named) gets graphql-js’s answer', async () => {
  const { compiled, js } = await run(
    'query A { shelf { books { title } } } query B { shelf { books { title } } }',
  );
  expect(compiled).toEqual(js);
  expect(compiled.errors?.[0]?.message).toMatch(/operation name/);
});

test("the API's abstract types resolve synchronously, as graphql-jit needs (TypeGraphQL's own resolveType is async)", () => {
  const api = buildApiSchema();
  const abstract = Object.values(api.getTypeMap()).filter(isAbstractType);
  expect(abstract.length).toBeGreaterThan(0);
  for (const type of abstract) {
    for (const possible of api.getPossibleTypes(type)) {
      const resolved = type.resolveType?.({ label: possible.name }, {}, {} as GraphQLResolveInfo, type);
      expect(resolved).toBe(possible.name);
    }
  }
});

test('an operation name that matches none runs nothing: graphql-js says so', async () => {
  const { compiled, js } = await run('query A { shelf { books { title } } }', {}, 'B');
  expect(compiled).toEqual(js);
  expect(compiled.errors?.[0]?.message).toMatch(/Unknown operation named "B"/);
  expect('data' in compiled).toBe(false);
});
