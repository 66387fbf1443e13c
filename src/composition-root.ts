import { createApiContext, type ApiContext } from './api/api-context';
import { GraphVersion } from './api/cache/graph-version';
import type { Principal } from './auth/principal';
import type { Config } from './config';
import { LoadService } from './load/load.service';
import type { LoadServiceOptions } from './load/load.types';
import type { Logger } from './logging/logger';
import type { Neo4jClient } from './neo4j/neo4j-client';
import { ServerMetrics } from './server/metrics';
import { ExtractionPool } from './workers/extraction.pool';

/** Everything a Parley process wires once at start-up, whatever the command. */
export interface Parley {
  config: Config;
  logger: Logger;
  /** the database client, reporting its connections and statement times to `metrics` */
  client: Neo4jClient;
  /** the process's Prometheus metrics (served at /metrics): requests, Cypher, pool use, load progress */
  metrics: ServerMetrics;
  /** the one loader: files, stdin and the ingest mutation; every write transaction advances the graph version */
  loader: LoadService;
  /** keys the response cache (see GraphVersion) */
  graphVersion: GraphVersion;
  /** what one GraphQL request of `principal` works with: its DataLoaders and its statement listener */
  createContext(principal?: Principal): ApiContext;
  /** stops the extraction workers of posted articles, if any started */
  closeWorkers(): Promise<void>;
}

// Posted articles waiting for a busy extraction worker before more are refused (SERVER_BUSY, 503).
const INGEST_QUEUE_PER_WORKER = 4;

/** The composition root: the only place that builds the loader and the API's parts from the configuration. */
export function composeParley(
  deps: { config: Config; logger: Logger; client: Neo4jClient },
  options: Partial<Pick<LoadServiceOptions, 'onDecision' | 'batchSize' | 'now'>> & {
    /** process CPU, memory and event-loop metrics beside Parley's own (default true) */
    processMetrics?: boolean;
  } = {},
): Parley {
  const { config, logger } = deps;
  // One client for the loader and the API, so that /metrics sees every statement and connection of the process.
  const metrics = new ServerMetrics({ processMetrics: options.processMetrics });
  const client = deps.client.withObserver(metrics.neo4jObserver);
  const graphVersion = new GraphVersion(client, config.responseCache.versionPollMs);
  // Posted articles are extracted on worker threads (started on the first one), so no request holds the event loop.
  let pool: ExtractionPool | undefined;
  const loader = new LoadService(graphVersion.withVersionedWrites(client), logger, {
    batchSize: options.batchSize ?? config.loadBatchSize,
    maxArticleBytes: config.maxArticleBytes,
    unavailableRetryMs: config.neo4j.connectTimeoutMs,
    lockLeaseMs: config.loadLockLeaseMs,
    ingestTimeoutMs: config.ingestTimeoutMs,
    extract: (text, extractOptions, limits) => {
      pool ??= new ExtractionPool(config.ingestWorkers, {
        maxQueued: config.ingestWorkers * INGEST_QUEUE_PER_WORKER,
      });
      return pool.extract(text, extractOptions, limits);
    },
    onDecision: options.onDecision,
    now: options.now,
  });
  return {
    config,
    logger,
    client,
    metrics,
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
    closeWorkers: async () => {
      await pool?.close();
      pool = undefined;
    },
  };
}
