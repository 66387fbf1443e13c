// Builds a graph for the API benches and keeps it: the bundled sample plus N generated articles (the shared corpus
// replicated as bench/load-scale.ts does), loaded into the embedded Neo4j data directory DIR, which is left stopped.
// `npx tsx bench/api-graph.ts N DIR`; then `npm run bench -- api --data DIR` (or `peer`) serves that graph.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { LoadService } from '../src/load/load.service';
import { createLogger } from '../src/logging/logger';
import { openDatabase } from '../src/neo4j/database';
import { writeReplicas } from './load-scale';

async function main(): Promise<void> {
  const [countArg, dirArg] = process.argv.slice(2);
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 0 || !dirArg) {
    throw new Error('usage: npx tsx bench/api-graph.ts ARTICLES DATA_DIR');
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-api-graph-'));
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    LOG_LEVEL: 'warn',
    PARLEY_DATA_DIR: path.resolve(dirArg),
    PARLEY_NEO4J_PORT: '0',
  });
  const logger = createLogger('warn');
  const db = await openDatabase(config, logger, { migrate: true });
  try {
    writeReplicas(count, work);
    const loader = new LoadService(db.client, logger, {
      batchSize: config.loadBatchSize,
      maxArticleBytes: config.maxArticleBytes,
    });
    const report = await loader.loadPaths([path.join(config.projectRoot, 'data', 'sample'), work]);
    const [counts] = await db.client.runRaw<{ nodes: number; rels: number }>(
      'MATCH (n) WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS rels',
    );
    console.log(
      JSON.stringify({ articles: count, loaded: report.loaded, seconds: report.seconds, ...counts }),
    );
  } finally {
    await db.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
