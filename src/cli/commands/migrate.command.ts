import type { Command } from 'commander';
import { openMigratedDatabase } from '../migrated-database';
import { runCommand } from '../cli-runtime';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description(
      'apply the constraints and indexes of cypher/schema/, then the data upgrades of cypher/upgrade/ an older graph needs (idempotent)',
    )
    .addHelpText('after', '\nUses NEO4J_URI when set, else starts the embedded Neo4j for the duration.')
    .action(() =>
      runCommand('migrate', async ({ config, logger }) => {
        const db = await openMigratedDatabase(config, logger);
        try {
          const names = db.registry.names('schema/');
          process.stdout.write(`migrated ${db.client.uri}: ${names.length} schema statements applied\n`);
        } finally {
          await db.close();
        }
      }),
    );
}
