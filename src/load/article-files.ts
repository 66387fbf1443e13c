// Turns the paths given on the command line (files, folders, globs) into the article files to load, in a stable order.
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { LoadFailure } from './load.types';

export interface ArticleFiles {
  files: string[];
  failed: LoadFailure[];
}

/** Files as given, folders searched recursively for `*.txt`, glob patterns expanded; sorted, without duplicates. */
export async function expandArticlePaths(paths: string[]): Promise<ArticleFiles> {
  const files = new Set<string>();
  const failed: LoadFailure[] = [];
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const found = await fg('**/*.txt', { cwd: p, absolute: false, onlyFiles: true, dot: false });
      found.sort().forEach((f) => files.add(path.join(p, f)));
    } else if (stat) {
      files.add(p);
    } else if (fg.isDynamicPattern(p)) {
      const found = await fg(p.replace(/\\/g, '/'), { onlyFiles: true, dot: false });
      if (!found.length) failed.push({ file: p, reason: 'the pattern matches no file' });
      found.sort().forEach((f) => files.add(f));
    } else {
      failed.push({ file: p, reason: 'no such file or folder' });
    }
  }
  return { files: [...files].sort(), failed };
}

/** Reads a file unless it is over the cap, which is reported without reading it. */
export function readArticleBytes(file: string, maxBytes: number): Buffer {
  const size = fs.statSync(file).size;
  if (size > maxBytes) throw new Error(`file is ${size} bytes, over the ${maxBytes}-byte cap`);
  return fs.readFileSync(file);
}

/** The reason a file could not be read, in words (no stack traces in reports). */
export function describeReadError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string') {
    if (e.code === 'ENOENT') return 'no such file';
    if (e.code === 'EISDIR') return 'is a directory';
    if (e.code === 'EACCES') return 'permission denied';
    return `cannot read (${e.code})`;
  }
  return e?.message ?? String(error);
}
