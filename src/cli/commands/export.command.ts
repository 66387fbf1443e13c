import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { partialDateSpan } from '../../api/common/date-window';
import { CsvWriter } from '../../export/csv.writer';
import { createExportProgress } from '../../export/export-progress';
import { ExportService } from '../../export/export.service';
import type { GraphWriter } from '../../export/export.types';
import { GraphmlWriter } from '../../export/graphml.writer';
import { JsonLinesWriter } from '../../export/jsonl.writer';
import { openDatabase } from '../../neo4j/database';
import { EXIT_USAGE, runCommand } from '../cli-runtime';

const FORMATS = ['graphml', 'csv', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

interface ExportOptions {
  format: string;
  out: string;
  around?: string;
  depth?: string;
  from?: string;
  to?: string;
}

function writerFor(format: Format, out: string): GraphWriter {
  if (format === 'csv') return new CsvWriter(out);
  return format === 'graphml' ? new GraphmlWriter(out) : new JsonLinesWriter(out);
}

/** The options as an export request, or the usage problems they have. */
export function parseExportOptions(opts: ExportOptions) {
  const problems: string[] = [];
  if (!FORMATS.includes(opts.format as Format))
    problems.push(`--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
  const depth = opts.depth === undefined ? 2 : Number(opts.depth);
  if (!Number.isInteger(depth) || depth < 1 || depth > 6)
    problems.push(`--depth must be an integer from 1 to 6, got "${opts.depth}"`);
  if (opts.depth !== undefined && opts.around === undefined) problems.push('--depth needs --around');
  const day = (value: string | undefined, flag: string, end: 'start' | 'end') => {
    if (value === undefined) return null;
    const span = partialDateSpan(value.trim());
    if (!span) problems.push(`${flag} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
    return span?.[end] ?? null;
  };
  const window = { from: day(opts.from, '--from', 'start'), to: day(opts.to, '--to', 'end') };
  if (window.from && window.to && window.from > window.to) problems.push('--to must not be before --from');
  if (opts.format !== 'csv' && fs.existsSync(opts.out) && fs.statSync(opts.out).isDirectory())
    problems.push(`--out ${opts.out} is a directory (only --format csv writes a directory)`);
  if (opts.format === 'csv' && fs.existsSync(opts.out) && !fs.statSync(opts.out).isDirectory())
    problems.push(`--out ${opts.out} is a file (--format csv writes a directory of files)`);
  return { problems, format: opts.format as Format, request: { around: opts.around, depth, window } };
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'write the graph, or the neighbourhood of an entity, as GraphML, neo4j-admin CSV or JSON Lines',
    )
    .requiredOption(
      '--format <format>',
      'graphml (Gephi, yEd, Cytoscape), csv (neo4j-admin database import) or jsonl',
    )
    .requiredOption('--out <path>', 'the file to write (csv: a directory)')
    .option(
      '--around <name>',
      'export the neighbourhood of this entity (a name or id) instead of the whole graph',
    )
    .option('--depth <n>', 'hops from --around over the fact relationships (default 2)')
    .option('--from <date>', 'leave out meetings that end before this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'leave out meetings that start after this date')
    .addHelpText(
      'after',
      '\nStreams from Neo4j with bounded memory and a progress bar on stderr. Uses NEO4J_URI when set, else starts the\n' +
        'embedded Neo4j. The csv directory holds one file per label and per relationship type with its header, and\n' +
        'import.sh with the neo4j-admin command that loads them into an empty database.',
    )
    .action((opts: ExportOptions) =>
      runCommand('export', async ({ config, logger }) => {
        const { problems, format, request } = parseExportOptions(opts);
        if (problems.length) {
          for (const p of problems) process.stderr.write(`parley export: ${p}\n`);
          return EXIT_USAGE;
        }
        const out = path.resolve(opts.out);
        const db = await openDatabase(config, logger, { migrate: false });
        try {
          const summary = await new ExportService(db.client).run(
            request,
            writerFor(format, out),
            createExportProgress(process.stderr),
          );
          const rss = Math.round(process.resourceUsage().maxRSS / 1024);
          process.stdout.write(
            `exported ${summary.nodes} nodes and ${summary.relationships} relationships as ${format} to ${path.relative(process.cwd(), out) || out} ` +
              `in ${summary.seconds.toFixed(1)} s (peak memory ${rss} MB)\n`,
          );
        } finally {
          await db.close();
        }
      }),
    );
}
