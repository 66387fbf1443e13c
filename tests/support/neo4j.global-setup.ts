import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logging/logger';
import { openDatabase } from '../../src/neo4j/database';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded-neo4j';
import { launcherPaths } from '../../src/neo4j/launcher-build';

// Starts one real embedded Neo4j for the integration and e2e tiers (unless NEO4J_URI points at a server).
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 'test-neo4j');
  const config = loadConfig({ ...process.env, PARLEY_NEO4J_PORT: '0' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-test-neo4j-'));
  const embedded = new EmbeddedNeo4j(
    { ...config.embedded, dataDir, heap: '1g', pagecacheMb: 128 },
    launcherPaths(config.projectRoot),
    logger,
  );
  const uri = await embedded.start();
  process.env.NEO4J_URI = uri;
  process.env.PARLEY_TEST_DATA_DIR = dataDir;
  (globalThis as { __parleyNeo4j?: EmbeddedNeo4j }).__parleyNeo4j = embedded;
  const db = await openDatabase(loadConfig(process.env), logger, { migrate: true });
  await db.close();
}
