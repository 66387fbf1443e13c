import type { Command } from 'commander';
import { composeParley } from '../../composition-root';
import { openMigratedDatabase } from '../migrated-database';
import { startHttpServer } from '../../server/http-server';
import { assertSafeExposure } from '../../server/security/exposure-check';
import { drainWithin, runCommand, untilSignal } from '../cli-runtime';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API, GraphiQL, the dashboard and health checks over the graph')
    .option('--port <port>', 'HTTP port (default: PORT, 4000; 0 picks a free one)')
    .option('--host <host>', 'interface to listen on (default: HOST, 127.0.0.1)')
    .addHelpText(
      'after',
      '\nUses NEO4J_URI when set, else starts the embedded Neo4j. GraphQL at /graphql, GraphiQL at /graphiql,\n' +
        'health at /healthz and /readyz. Limits: PARLEY_MAX_QUERY_COMPLEXITY, PARLEY_MAX_QUERY_DEPTH, PARLEY_QUERY_TIMEOUT_MS.',
    )
    .action((opts: { port?: string; host?: string }) =>
      runCommand('serve', async ({ config, logger }) => {
        const port = opts.port !== undefined ? Number(opts.port) : config.server.port;
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new Error(`--port must be a port number, got ${opts.port}`);
        const server = { ...config.server, port, host: opts.host ?? config.server.host };
        assertSafeExposure({ ...config, server });
        const db = await openMigratedDatabase(config, logger);
        try {
          const parley = composeParley({ config: { ...config, server }, logger, client: db.client });
          const running = await startHttpServer({ parley, registry: db.registry });
          process.stdout.write(
            `Parley API at ${running.url}/graphql (GraphiQL at ${running.url}/graphiql); Ctrl-C stops it\n`,
          );
          await untilSignal();
          await drainWithin(() => running.close());
        } finally {
          await db.close();
        }
      }),
    );
}
