import fs from 'node:fs';
import path from 'node:path';
import { createApiContext, type ApiContext } from '../../../src/api/api-context';
import type { ArticleIngester } from '../../../src/api/ingest/ingest.service';
import type { Principal } from '../../../src/auth/principal';
import { loadConfig, type QueryLimits } from '../../../src/config';
import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { createApolloServer } from '../../../src/server/apollo.server';
import { testLogger } from '../../support/test-database';

export const OPERATIONS_DIR = path.join(__dirname, '..', '..', '..', 'examples', 'operations');

export function operation(name: string): string {
  return fs.readFileSync(path.join(OPERATIONS_DIR, `${name}.graphql`), 'utf8');
}

export interface Executed<T> {
  data: T | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
  statements: string[];
}

/** Runs operations in process through the same Apollo server `parley serve` uses (cost limits and error hiding included). */
export async function apiHarness(
  client: Neo4jClient,
  limits: QueryLimits = loadConfig({}).server,
  ingester?: ArticleIngester,
  principal?: Principal,
) {
  const server = createApolloServer({ logger: testLogger, limits });
  await server.start();
  return {
    async run<T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<Executed<T>> {
      const context: ApiContext = createApiContext({
        client,
        logger: testLogger,
        maxArticleBytes: 1_000_000,
        ingester,
        principal,
      });
      const response = await server.executeOperation<T>({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const result = response.body.singleResult;
      return {
        data: result.data,
        errors: result.errors as Executed<T>['errors'],
        statements: context.statements,
      };
    },
    stop: () => server.stop(),
  };
}
