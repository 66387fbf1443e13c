import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';

/**
 * The peer: @neo4j/graphql over the same Neo4j, behind the same stack as Parley (Apollo Server 5, express 5,
 * node:http), as its documentation sets it up: one schema built from the type definitions, the driver in the
 * constructor, no cache of answers.
 */
export async function startPeerServer(
  uri: string,
): Promise<{ url: string; close(): Promise<void>; driver: Driver }> {
  const driver = neo4j.driver(uri);
  const typeDefs = fs.readFileSync(path.join(__dirname, 'peer.schema.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema, csrfPrevention: false });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    driver,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await driver.close();
    },
  };
}
