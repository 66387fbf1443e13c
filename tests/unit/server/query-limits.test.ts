import fs from 'node:fs';
import path from 'node:path';
import { parse, specifiedRules, validate, type GraphQLError } from 'graphql';
import { buildApiSchema } from '../../../src/api/schema';
import { ANONYMOUS, type Principal } from '../../../src/auth/principal';
import { loadConfig, type QueryLimits } from '../../../src/config';
import { createLogger } from '../../../src/logging/logger';
import { createApolloServer } from '../../../src/server/apollo.server';
import { operationCost } from '../../../src/server/plugins/cost-limit.plugin';
import { queryShapeRules } from '../../../src/server/plugins/query-shape.rules';

const schema = buildApiSchema();
const OPS = path.join(__dirname, '..', '..', '..', 'examples', 'operations');
const limits: QueryLimits = loadConfig({}).server;

function shapeErrors(query: string, overrides: Partial<QueryLimits> = {}): readonly GraphQLError[] {
  return validate(schema, parse(query), [...specifiedRules, ...queryShapeRules({ ...limits, ...overrides })]);
}

/** `levels` fragments, each spreading the next twice: 2^levels paths through a document of a few hundred bytes. */
function fragmentBomb(levels: number, leaf = 'person(name: "x") { id }'): string {
  let text = 'query Bomb { ...F0 }\n';
  for (let i = 0; i < levels; i++) text += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
  return text + `fragment F${levels} on Query { ${leaf} }\n`;
}

/** An Apollo server as `parley serve` builds it (no database: rejected requests never reach one). */
async function server(overrides: Partial<QueryLimits> = {}, introspection = true) {
  const apollo = createApolloServer({
    logger: createLogger('silent'),
    limits: { ...limits, ...overrides },
    introspection,
  });
  await apollo.start();
  const run = async (
    query: string,
    variables: Record<string, unknown> = {},
    principal: Principal = ANONYMOUS,
  ) => {
    const contextValue = { principal, statements: [] } as never;
    const res = await apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('incremental');
    return { status: res.http.status, errors: res.body.singleResult.errors ?? [] };
  };
  return { run, stop: () => apollo.stop() };
}

describe('shape limits (validation rules, linear through fragments)', () => {
  test('depth counts nested fields through fragments; a spread adds no level; introspection does not count', () => {
    expect(
      shapeErrors('{ person(name: "x") { positions { organization { id } } } }', { maxQueryDepth: 4 }),
    ).toEqual([]);
    const deep = shapeErrors('{ person(name: "x") { positions { organization { country { id } } } } }', {
      maxQueryDepth: 4,
    });
    expect(deep).toHaveLength(1);
    expect(deep[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limitName: 'depth', limit: 4 });
    expect(
      shapeErrors('query { ...F } fragment F on Query { person(name: "x") { country { id } } }', {
        maxQueryDepth: 3,
      }),
    ).toEqual([]);
    expect(
      shapeErrors('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', {
        maxQueryDepth: 2,
      }),
    ).toEqual([]);
  });

  test('aliases are counted through fragments, as often as they are spread', () => {
    const fields = Array.from({ length: 20 }, (_, i) => `p${i}: person(name: "${i}") { id }`).join(' ');
    expect(shapeErrors(`{ ${fields} }`, { maxQueryAliases: 20 })).toEqual([]);
    const twice = shapeErrors(
      `query { ...F ...G } fragment F on Query { ${fields} } fragment G on Query { ...F }`,
      {
        maxQueryAliases: 20,
      },
    );
    expect(twice.map((e) => e.extensions.limitName)).toEqual(['aliases']);
  });

  test('a 30-level fragment bomb is measured in linear time (no re-walk of spreads)', () => {
    const started = process.cpuUsage();
    const errors = shapeErrors(fragmentBomb(30, 'a: person(name: "x") { id }'));
    const cpuMs = (process.cpuUsage(started).user + process.cpuUsage(started).system) / 1000;
    expect(errors.map((e) => e.extensions.limitName)).toEqual(['aliases']);
    // 2^30 paths walked one by one would take minutes; linear is well under a second even on a loaded machine.
    expect(cpuMs).toBeLessThan(2000);
  });

  test.each(fs.readdirSync(OPS).filter((f) => f.endsWith('.graphql')))(
    '%s passes the default limits',
    (file) => {
      const text = fs.readFileSync(path.join(OPS, file), 'utf8');
      expect(shapeErrors(text)).toEqual([]);
      const vars = {
        name: 'x',
        a: 'x',
        b: 'x',
        topic: 'x',
        from: 'x',
        to: 'x',
        text: 'x',
        id: 'x',
        first: 100,
        depth: 3,
        top: 50,
        articles: 1000,
        perNode: 1000,
      };
      expect(operationCost(schema, parse(text), vars)).toBeLessThanOrEqual(limits.maxQueryComplexity);
    },
  );
});

describe('cost', () => {
  test('grows with first and with nested lists, through variables too', () => {
    const q = (first: number) =>
      parse(`{ meetings(first: ${first}) { edges { node { id participants { person { id } } } } } }`);
    expect(operationCost(schema, q(100), {})).toBeGreaterThan(operationCost(schema, q(2), {}) * 20);
    const viaVariable = operationCost(
      schema,
      parse('query($n: Int) { meetings(first: $n) { edges { node { id } } } }'),
      { n: 100 },
    );
    expect(viaVariable).toBeGreaterThan(
      operationCost(schema, parse('{ meetings(first: 1) { edges { node { id } } } }'), {}),
    );
  });
});

describe('the Apollo server refuses before anything runs', () => {
  let api: Awaited<ReturnType<typeof server>>;
  beforeAll(async () => {
    api = await server();
  });
  afterAll(() => api.stop());

  test('more tokens than the limit: a parse error, 400', async () => {
    const padding = Array.from({ length: limits.maxQueryTokens }, () => '__typename').join(' ');
    const res = await api.run(`{ ${padding} }`);
    expect(res.status).toBe(400);
    expect(res.errors[0]!.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(res.errors[0]!.message).toMatch(/\d+ tokens/);
  });

  test('too many aliases: QUERY_TOO_COMPLEX naming the limit, 400', async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `p${i}: person(name: "x") { id }`).join(' ');
    const res = await api.run(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(res.errors.map((e) => e.extensions)).toEqual([
      expect.objectContaining({
        code: 'QUERY_TOO_COMPLEX',
        limitName: 'aliases',
        limit: limits.maxQueryAliases,
      }),
    ]);
  });

  test('a cost the estimator cannot work out is refused, not run (the bomb without aliases)', async () => {
    const res = await api.run(fragmentBomb(30));
    expect(res.status).toBe(400);
    expect(res.errors[0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: limits.maxQueryComplexity,
    });
    expect(res.errors[0]!.message).toMatch(/too large to estimate/);
  });

  test('over the cost limit: QUERY_TOO_COMPLEX with the cost and the limit', async () => {
    const res = await api.run(
      '{ meetings(first: 100) { edges { node { participants { person { meetings(first: 100) { edges { node { id } } } } } } } } }',
    );
    expect(res.status).toBe(400);
    expect(res.errors[0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: limits.maxQueryComplexity,
    });
    expect(res.errors[0]!.extensions!.cost).toBeGreaterThan(limits.maxQueryComplexity);
  });

  test('variables that do not coerce are reported by name, not as a cost problem', async () => {
    const res = await api.run('query($d: Int!) { neighborhood(name: "x", depth: $d) { truncated } }', {
      d: 'deep',
    });
    expect(res.errors[0]!.message).toMatch(/\$d/);
    expect(res.errors[0]!.extensions!.code).not.toBe('QUERY_TOO_COMPLEX');
  });

  test('a mutation without credentials is 401, with a reader key 403', async () => {
    const mutation = 'mutation { ingestArticle(text: "x") { articleId } }';
    const anonymous = await api.run(mutation);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors[0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const reader = await api.run(mutation, {}, { id: 'key:reader01', via: 'api-key', role: 'reader' });
    expect(reader.status).toBe(403);
    expect(reader.errors[0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('field suggestions stay while introspection is on and go with it', async () => {
    expect((await api.run('{ persn(name: "x") { id } }')).errors[0]!.message).toMatch(/Did you mean/);
    const closed = await server({}, false);
    try {
      const res = await closed.run('{ persn(name: "x") { id } }');
      expect(res.errors[0]!.message).toBe('Cannot query field "persn" on type "Query".');
      expect((await closed.run('{ __schema { types { name } } }')).errors[0]!.message).toMatch(
        /introspection/i,
      );
    } finally {
      await closed.stop();
    }
  });
});
