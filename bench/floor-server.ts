import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { JSONResolver } from 'graphql-scalars';
import { CASES, type Case } from './api-cases';
import type { Neo4jClient } from '../src/neo4j/neo4j-client';

/** Runs a case's baseline statements in turn through the driver; the rows of the first hold the main list. */
export async function runBaseline(c: Case, client: Neo4jClient): Promise<Record<string, unknown>[]> {
  const [first, ...rest] = Array.isArray(c.cypher) ? c.cypher : [c.cypher];
  const rows = await client.runRaw(first!, c.params, 'READ');
  for (const statement of rest) await client.runRaw(statement, c.params, 'READ');
  return rows;
}

/** The request body that asks the floor server for an operation's baseline. */
export const floorBody = (operation: string): string =>
  JSON.stringify({
    query: 'query Floor($operation: String!) { baseline(operation: $operation) }',
    variables: { operation },
  });

/**
 * The stack's floor: Apollo over express5 and HTTP, like Parley, with one resolver that runs an operation's baseline
 * Cypher and returns its rows as one JSON value. No field resolvers and no statement of ours: what is left of the
 * ratio is the cost of serving any statement through this stack on this machine.
 */
export async function startFloorServer(
  client: Neo4jClient,
): Promise<{ url: string; close(): Promise<void> }> {
  const apollo = new ApolloServer({
    typeDefs: 'scalar JSON type Query { baseline(operation: String!): JSON }',
    resolvers: {
      JSON: JSONResolver,
      Query: {
        baseline: (_: unknown, args: { operation: string }) =>
          runBaseline(
            CASES.find((x) => x.operation === args.operation)!,
            client,
          ),
      },
    },
    csrfPrevention: false,
  });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}
