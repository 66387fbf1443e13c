import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { createApiContext } from '../api/api-context';
import type { ArticleIngester } from '../api/ingest/ingest.service';
import type { Config } from '../config';
import { LoadService } from '../load/load.service';
import type { Logger } from '../logging/logger';
import type { CypherRegistry } from '../neo4j/cypher-registry';
import type { Neo4jClient } from '../neo4j/neo4j-client';
import { createApolloServer } from './apollo.server';
import { mountHealthRoutes } from './health.routes';
import { mountStaticPages } from './static-pages';

export interface HttpServerDeps {
  config: Config;
  logger: Logger;
  client: Neo4jClient;
  registry: CypherRegistry;
  /** the loader's ingest entry point, for the ingestArticle mutation (default: a LoadService on `client`) */
  ingester?: ArticleIngester;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

// JSON overhead on top of the largest article a mutation may post.
const BODY_SLACK_BYTES = 64 * 1024;

/** GraphQL at /graphql, health at /healthz and /readyz, the dashboard and GraphiQL as static files; drains on close. */
export async function startHttpServer(deps: HttpServerDeps): Promise<RunningServer> {
  const { config, logger, client, registry } = deps;
  const ingester =
    deps.ingester ??
    new LoadService(client, logger, {
      batchSize: config.loadBatchSize,
      maxArticleBytes: config.maxArticleBytes,
    });
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = createApolloServer({
    logger,
    limits: { maxComplexity: config.server.maxQueryComplexity, maxDepth: config.server.maxQueryDepth },
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  mountHealthRoutes(app, { runner: client, registry, logger });
  app.use(
    '/graphql',
    express.json({ limit: config.maxArticleBytes * 2 + BODY_SLACK_BYTES }),
    expressMiddleware(apollo, {
      context: async () =>
        createApiContext({ client, logger, maxArticleBytes: config.maxArticleBytes, ingester }),
    }),
  );
  mountStaticPages(app, config.projectRoot);
  // Malformed JSON bodies and anything else express rejects: a short JSON error, never a stack trace.
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) logger.error({ err: error }, 'HTTP request failed');
    res.status(status).json({
      errors: [
        {
          message: status >= 500 ? 'internal error' : (error as Error).message,
          extensions: { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
        },
      ],
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.server.port, config.server.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.server.host.includes(':') ? `[${config.server.host}]` : config.server.host;
  const url = `http://${host}:${port}`;
  logger.info({ url }, 'Parley API listening');
  // Big statements take seconds to plan on a busy machine; plan them now rather than in a user's request.
  void client.warmPlans(registry.names('queries/')).then(
    (ms) => logger.debug({ ms }, 'query plans warmed'),
    (error: unknown) => logger.warn({ err: error }, 'warming query plans failed'),
  );

  let closing: Promise<void> | undefined;
  return {
    url,
    close: () => {
      closing ??= apollo.stop();
      return closing;
    },
  };
}
