import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { decodeArticle, extractArticle } from '../../extract/extract-article';
import { isExtractionError } from '../../extract/extraction.error';
import type { ArticleExtraction } from '../../extract/extraction.types';
import { ExtractionPool } from '../../workers/extraction.pool';
import { EXIT_FAILURE, EXIT_OK, runCommand } from '../cli-runtime';
import { describeReadError } from '../../load/article-files';

export interface ExtractStreams {
  out: (line: string) => void;
  err: (line: string) => void;
}

function describe(error: unknown): string {
  if (isExtractionError(error)) return error.message;
  if (error instanceof Error && !('code' in error)) return error.message;
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string') return describeReadError(e);
  return `extraction failed: ${e?.message ?? String(error)}`;
}

export type Extractor = (text: string, file: string) => ArticleExtraction | Promise<ArticleExtraction>;

const inProcess: Extractor = (text, file) => extractArticle(text, { file });
// Above this many files the worker pool's start-up pays for itself.
const POOL_THRESHOLD = 8;

/**
 * Extracts each file to one JSON line, in the order given; a bad file gets one stderr line and does not
 * stop the others. Up to `window` articles are in flight, so a pool of workers keeps every core busy.
 */
export async function runExtract(
  files: string[],
  maxBytes: number,
  io: ExtractStreams,
  extract: Extractor = inProcess,
  window = 1,
): Promise<number> {
  let failed = false;
  const report = (file: string, error: unknown) => {
    io.err(`parley extract: ${file}: ${describe(error)}`);
    failed = true;
  };
  const inFlight: { file: string; result: Promise<ArticleExtraction> }[] = [];
  const drain = async (keep: number) => {
    while (inFlight.length > keep) {
      const { file, result } = inFlight.shift()!;
      try {
        io.out(JSON.stringify(await result));
      } catch (error) {
        report(file, error);
      }
    }
  };
  for (const file of files) {
    try {
      // The size is checked before reading so a huge file is never loaded.
      const size = statSync(file).size;
      if (size > maxBytes) {
        await drain(0);
        report(file, new Error(`file is ${size} bytes, over the ${maxBytes}-byte cap`));
        continue;
      }
      const text = decodeArticle(readFileSync(file), maxBytes);
      const result = Promise.resolve().then(() => extract(text, file));
      inFlight.push({ file, result });
      await drain(window - 1);
    } catch (error) {
      await drain(0);
      report(file, error);
    }
  }
  await drain(0);
  return failed ? EXIT_FAILURE : EXIT_OK;
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('extract people, meetings and topics from article files, one JSON line per article')
    .argument('<file...>', 'article text files')
    .action(async (files: string[]) => {
      await runCommand('extract', async (ctx) => {
        const io = {
          out: (line: string) => process.stdout.write(line + '\n'),
          err: (line: string) => process.stderr.write(line + '\n'),
        };
        if (files.length < POOL_THRESHOLD) return runExtract(files, ctx.config.maxArticleBytes, io);
        const pool = new ExtractionPool();
        try {
          const extract: Extractor = (text, file) => pool.extract(text, { file });
          return await runExtract(files, ctx.config.maxArticleBytes, io, extract, pool.size * 2);
        } finally {
          await pool.close();
        }
      });
    });
}
