import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { decodeArticle, extractArticle } from '../../extract/extract-article';
import { isExtractionError } from '../../extract/extraction.error';
import { EXIT_FAILURE, EXIT_OK, runCommand } from '../cli-runtime';

export interface ExtractStreams {
  out: (line: string) => void;
  err: (line: string) => void;
}

function describe(error: unknown): string {
  if (isExtractionError(error)) return error.message;
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string') {
    if (e.code === 'ENOENT') return 'no such file';
    if (e.code === 'EISDIR') return 'is a directory';
    if (e.code === 'EACCES') return 'permission denied';
    return `cannot read (${e.code})`;
  }
  return `extraction failed: ${e?.message ?? String(error)}`;
}

/** Extracts each file to one JSON line; a bad file gets one stderr line and does not stop the others. */
export function runExtract(files: string[], maxBytes: number, io: ExtractStreams): number {
  let failed = false;
  for (const file of files) {
    try {
      // The size is checked before reading so a huge file is never loaded.
      const size = statSync(file).size;
      if (size > maxBytes) {
        io.err(`parley extract: ${file}: file is ${size} bytes, over the ${maxBytes}-byte cap`);
        failed = true;
        continue;
      }
      const text = decodeArticle(readFileSync(file), maxBytes);
      io.out(JSON.stringify(extractArticle(text, { file })));
    } catch (error) {
      io.err(`parley extract: ${file}: ${describe(error)}`);
      failed = true;
    }
  }
  return failed ? EXIT_FAILURE : EXIT_OK;
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('extract people, meetings and topics from article files, one JSON line per article')
    .argument('<file...>', 'article text files')
    .action(async (files: string[]) => {
      await runCommand('extract', async (ctx) =>
        runExtract(files, ctx.config.maxArticleBytes, {
          out: (line) => process.stdout.write(line + '\n'),
          err: (line) => process.stderr.write(line + '\n'),
        }),
      );
    });
}
