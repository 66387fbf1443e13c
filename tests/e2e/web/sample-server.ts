import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { composeParley } from '../../../src/composition-root';
import { createLogger, type Logger } from '../../../src/logging/logger';
import { openMigratedDatabase } from '../../../src/cli/migrated-database';
import { startHttpServer } from '../../../src/server/http-server';

export interface SampleServer {
  url: string;
  loaded: number;
  close(): Promise<void>;
}

/** The real server on the real Neo4j (NEO4J_URI, or an embedded one), with data/sample loaded. */
export async function startSampleServer(logger: Logger, port = 0): Promise<SampleServer> {
  const config = loadConfig(process.env);
  const db = await openMigratedDatabase(config, logger);
  try {
    const parley = composeParley({
      config: { ...config, server: { ...config.server, host: '127.0.0.1', port } },
      logger,
      client: db.client,
    });
    const report = await parley.loader.loadPaths([path.join(config.projectRoot, 'data', 'sample')]);
    const server = await startHttpServer({ parley, registry: db.registry });
    return {
      url: server.url,
      loaded: report.loaded + report.unchanged,
      close: async () => {
        await server.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

// `npx tsx tests/e2e/web/sample-server.ts [port]`: the same server by hand, for `npm run dev:web` to proxy to.
if (require.main === module) {
  const logger = createLogger('info', 'sample-server');
  void startSampleServer(logger, Number(process.argv[2] ?? 4000)).then((s) => {
    process.stdout.write(`sample server at ${s.url}/ (${s.loaded} articles); Ctrl-C stops it\n`);
    const stop = () => void s.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
