import type { Command } from 'commander';
import { EmbeddedNeo4j } from '../../neo4j/embedded-neo4j';
import { ensureLauncherBuilt, launcherPaths } from '../../neo4j/launcher-build';
import { EXIT_FAILURE, runCommand, untilSignal } from '../cli-runtime';

export function registerNeo4jCommand(program: Command): void {
  program
    .command('neo4j')
    .description('run the embedded Neo4j in the foreground (Bolt on loopback, auth off) until Ctrl-C')
    .option('--port <port>', 'Bolt port (default: PARLEY_NEO4J_PORT, or 7687 in the foreground)')
    .option('--data <dir>', 'data directory (default: PARLEY_DATA_DIR or .parley/neo4j)')
    .option('--build-only', 'build the launcher with Maven if its sources changed, then exit')
    .addHelpText(
      'after',
      '\nPrints "READY bolt://127.0.0.1:PORT" once a query succeeds. Point other commands at it with NEO4J_URI.',
    )
    .action((opts: { port?: string; data?: string; buildOnly?: boolean }) =>
      runCommand('neo4j', async ({ config, logger }) => {
        if (opts.buildOnly) {
          await ensureLauncherBuilt(launcherPaths(config.projectRoot), logger);
          return 0;
        }
        const port = opts.port !== undefined ? Number(opts.port) : config.embedded.port || 7687;
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new Error(`--port must be a port number, got ${opts.port}`);
        }
        const embedded = new EmbeddedNeo4j(
          { ...config.embedded, port, dataDir: opts.data ?? config.embedded.dataDir },
          launcherPaths(config.projectRoot),
          logger,
        );
        await embedded.start({ foreground: true });
        const outcome = await Promise.race([untilSignal(), embedded.waitForExit()]);
        if (typeof outcome === 'number') return outcome === 0 ? 0 : EXIT_FAILURE;
        await embedded.stop();
        return 0;
      }),
    );
}
