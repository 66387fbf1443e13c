import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logging/logger';
import { CypherRegistry } from './cypher-registry';
import { EmbeddedNeo4j } from './embedded-neo4j';
import { launcherPaths } from './launcher-build';
import { Neo4jClient } from './neo4j-client';
import { migrateSchema, type UpgradeInputs } from './schema-migrator';

const DRIVER_CLOSE_MS = 3000;

export interface Database {
  client: Neo4jClient;
  registry: CypherRegistry;
  /** set when Parley started its own embedded Neo4j */
  embedded: EmbeddedNeo4j | undefined;
  close(): Promise<void>;
}

export function loadRegistry(config: Config): CypherRegistry {
  return CypherRegistry.load(path.join(config.projectRoot, 'cypher'));
}

/**
 * Connects to NEO4J_URI when set; otherwise starts the embedded Neo4j (building its launcher on first use).
 * Waits until the server answers and, unless told otherwise, applies the schema.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  options: { migrate?: boolean; registry?: CypherRegistry; upgradeInputs?: UpgradeInputs } = {},
): Promise<Database> {
  const registry = options.registry ?? loadRegistry(config);
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    embedded = new EmbeddedNeo4j(config.embedded, launcherPaths(config.projectRoot), logger);
    uri = await embedded.start();
  }
  const client = Neo4jClient.create({ ...config.neo4j, uri }, registry, logger);
  const close = async () => {
    // The driver waits for statements still running (a plan warming on a busy machine): bound that wait, so that a
    // stop request always reaches the embedded Neo4j, whose exit ends them.
    let timer: NodeJS.Timeout | undefined;
    const bounded = new Promise<void>((resolve) => (timer = setTimeout(resolve, DRIVER_CLOSE_MS)));
    await Promise.race([client.close().catch(() => undefined), bounded]);
    clearTimeout(timer);
    await embedded?.stop();
  };
  try {
    await client.waitUntilReachable(logger);
    if (options.migrate ?? true) await migrateSchema(client, registry, logger, options.upgradeInputs);
  } catch (error) {
    await close();
    throw error;
  }
  return { client, registry, embedded, close };
}
