import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { registerExportCommand } from './commands/export.command';
import { registerExtractCommand } from './commands/extract.command';
import { registerKeysCommand } from './commands/keys.command';
import { registerLoadCommand } from './commands/load.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerNeo4jCommand } from './commands/neo4j.command';
import { registerServeCommand } from './commands/serve.command';
import { registerStartCommand } from './commands/start.command';
import { EXIT_USAGE } from './cli-runtime';

export function buildProgram(): Command {
  const program = new Command('parley')
    .description('Diplomatic news → Neo4j knowledge graph → GraphQL')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerNeo4jCommand(program);
  registerMigrateCommand(program);
  registerExtractCommand(program);
  registerLoadCommand(program);
  registerStartCommand(program);
  registerServeCommand(program);
  registerKeysCommand(program);
  registerExportCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      process.exitCode = benign ? 0 : EXIT_USAGE;
      return;
    }
    throw error;
  }
}
