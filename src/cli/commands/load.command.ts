import readline from 'node:readline';
import type { Command } from 'commander';
import { createLoadProgress } from '../../load/load-progress';
import { composeParley } from '../../composition-root';
import type { LoadFailure, LoadReport } from '../../load/load.types';
import { openMigratedDatabase } from '../migrated-database';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCommand } from '../cli-runtime';

// A reason shared by more articles than this is printed once, with the count and a few of the files.
const GROUP_FROM = 3;
const FILES_NAMED = 3;

/** One line per reason: alone with its file, or once for all the articles that share it. */
function listByReason(items: LoadFailure[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const item of items) byReason.set(item.reason, [...(byReason.get(item.reason) ?? []), item.file]);
  return [...byReason].flatMap(([reason, files]) => {
    if (files.length < GROUP_FROM) return files.map((file) => `  ${file}: ${reason}`);
    const more = files.length - FILES_NAMED;
    return [
      `  ${files.length} articles: ${reason} (${files.slice(0, FILES_NAMED).join(', ')} and ${more} more)`,
    ];
  });
}

/**
 * The summary printed after a load: counts, rate, nodes and relationships created, failures (the articles not loaded)
 * and warnings (parts of loaded articles left out, such as a meeting dated after its article).
 */
export function formatLoadReport(report: LoadReport): string {
  const processed = report.loaded + report.unchanged + report.failed.length;
  const rate = report.seconds > 0 ? (processed / report.seconds).toFixed(1) : String(processed);
  const skipped = report.skipped ?? [];
  const lines = [
    `loaded ${report.loaded} articles, ${report.unchanged} skipped as unchanged, ${report.failed.length} failed in ${report.seconds.toFixed(2)} s (${rate} articles/s)`,
    `created ${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships`,
  ];
  if (report.failed.length) lines.push(`${report.failed.length} failed:`, ...listByReason(report.failed));
  if (skipped.length)
    lines.push(`${skipped.length} warnings (left out of loaded articles):`, ...listByReason(skipped));
  if (!report.failed.length && !skipped.length) lines.push('no problems');
  return lines.join('\n') + '\n';
}

/** 1 if an article failed; a meeting left out of a loaded article is a warning: the load did what the data allows. */
export function loadExitCode(report: LoadReport): number {
  return report.failed.length ? EXIT_FAILURE : EXIT_OK;
}

export function registerLoadCommand(program: Command): void {
  program
    .command('load')
    .description(
      'extract articles and write them into Neo4j (files, folders, globs; - reads `parley extract` JSON Lines from stdin)',
    )
    .argument(
      '<paths...>',
      'article files, folders (every *.txt below them), glob patterns, or - for JSON Lines on stdin',
    )
    .option('--batch-size <n>', 'articles per transaction (default PARLEY_LOAD_BATCH_SIZE)')
    .option('--json', 'print the report as JSON instead of text')
    .option(
      '--explain',
      'print every identity decision (which node each mention became, and why) as JSON Lines on stderr',
    )
    .addHelpText(
      'after',
      '\nUses NEO4J_URI when set, else starts the embedded Neo4j for the duration. Exit code 1 if any article failed; a meeting left out (dated after its article) is a warning in the summary, exit code 0.',
    )
    .action((paths: string[], opts: { batchSize?: string; json?: boolean; explain?: boolean }) =>
      runCommand('load', async ({ config, logger }) => {
        const batchSize = opts.batchSize === undefined ? config.loadBatchSize : Number(opts.batchSize);
        if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
          process.stderr.write(
            `parley load: --batch-size must be an integer from 1 to 10000, got "${opts.batchSize}"\n`,
          );
          return EXIT_USAGE;
        }
        const fromStdin = paths.includes('-');
        if (fromStdin && paths.length > 1) {
          process.stderr.write('parley load: - (JSON Lines on stdin) cannot be combined with paths\n');
          return EXIT_USAGE;
        }
        const db = await openMigratedDatabase(config, logger);
        try {
          const parley = composeParley(
            { config, logger, client: db.client },
            {
              batchSize,
              onDecision: opts.explain ? (d) => process.stderr.write(JSON.stringify(d) + '\n') : undefined,
            },
          );
          const service = parley.loader;
          const progress = parley.metrics.loadProgress(createLoadProgress(process.stderr));
          const report = fromStdin
            ? await service.loadJsonLines(
                readline.createInterface({ input: process.stdin, crlfDelay: Infinity }),
                progress,
              )
            : await service.loadPaths(paths, progress);
          process.stdout.write(opts.json ? JSON.stringify(report) + '\n' : formatLoadReport(report));
          return loadExitCode(report);
        } finally {
          await db.close();
        }
      }),
    );
}
