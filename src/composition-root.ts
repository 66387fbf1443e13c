import { createApiContext, type ApiContext } from './api/api-context';
import { GraphVersion } from './api/cache/graph-version';
import type { Principal } from './auth/principal';
import type { Config } from './config';
import { LoadService } from './load/load.service';
import type { LoadServiceOptions } from './load/load.types';
import type { Logger } from './logging/logger';
import type { Neo4jClient } from './neo4j/neo4j-client';

/** Everything a Parley process wires once at start-up, whatever the command. */
export interface Parley {
  config: Config;
  logger: Logger;
  client: Neo4jClient;
  /** the one loader: files, stdin and the ingest mutation; every write transaction advances the graph version */
  loader: LoadService;
  /** keys the response cache (see GraphVersion) */
  graphVersion: GraphVersion;
  /** what one GraphQL request of `principal` works with: its DataLoaders and its statement listener */
  createContext(principal?: Principal): ApiContext;
}

/** The composition root: the only place that builds the loader and the API's parts from the configuration. */
export function composeParley(
  deps: { config: Config; logger: Logger; client: Neo4jClient },
  options: Partial<Pick<LoadServiceOptions, 'onDecision' | 'batchSize' | 'now'>> = {},
): Parley {
  const { config, logger, client } = deps;
  const graphVersion = new GraphVersion(client, config.responseCache.versionPollMs);
  const loader = new LoadService(graphVersion.withVersionedWrites(client), logger, {
    batchSize: options.batchSize ?? config.loadBatchSize,
    maxArticleBytes: config.maxArticleBytes,
    unavailableRetryMs: config.neo4j.connectTimeoutMs,
    onDecision: options.onDecision,
    now: options.now,
  });
  return {
    config,
    logger,
    client,
    loader,
    graphVersion,
    createContext: (principal) =>
      createApiContext({
        client,
        logger,
        maxArticleBytes: config.maxIngestBytes,
        ingester: loader,
        principal,
      }),
  };
}
