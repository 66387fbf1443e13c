import path from 'node:path';
import type { Command } from 'commander';
import { composeParley } from '../../composition-root';
import { openMigratedDatabase } from '../migrated-database';
import { startHttpServer } from '../../server/http-server';
import { assertSafeExposure } from '../../server/security/exposure-check';
import { drainWithin, runCommand, untilSignal } from '../cli-runtime';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      'all in one: start Neo4j (embedded unless NEO4J_URI is set), migrate, load the bundled sample, serve',
    )
    .option('--no-sample', 'do not load data/sample before serving')
    .addHelpText(
      'after',
      '\nThe dashboard is at http://HOST:PORT/, GraphiQL at /graphiql, the API at /graphql.',
    )
    .action((opts: { sample: boolean }) =>
      runCommand('start', async ({ config, logger }) => {
        assertSafeExposure(config);
        const db = await openMigratedDatabase(config, logger);
        try {
          const parley = composeParley({ config, logger, client: db.client });
          if (opts.sample) {
            const report = await parley.loader.loadPaths(
              [path.join(config.projectRoot, 'data', 'sample')],
              parley.metrics.loadProgress(),
            );
            logger.info(
              { loaded: report.loaded, unchanged: report.unchanged, failed: report.failed.length },
              'sample loaded',
            );
          }
          const server = await startHttpServer({ parley, registry: db.registry });
          process.stdout.write(
            `Parley is serving ${server.url}/ (GraphQL at ${server.url}/graphql, GraphiQL at ${server.url}/graphiql); Ctrl-C stops it\n`,
          );
          await untilSignal();
          await drainWithin(() => server.close());
        } finally {
          await db.close();
        }
      }),
    );
}
