// Extraction throughput over the whole corpus in one process, against a baseline of reading + sentence splitting.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readArticle } from '../src/extract/article-reader';
import { extractArticle } from '../src/extract/extract-article';
import { splitSentences } from '../src/extract/sentence-splitter';
import { ExtractionPool } from '../src/workers/extraction.pool';

const CORPUS = resolve(__dirname, '../../shared/corpus');

function loadCorpus(): string[] {
  const texts: string[] = [];
  for (const set of ['dev', 'restricted']) {
    const dir = join(CORPUS, set);
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.txt'))
      .sort())
      texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  return texts;
}

function timeLoop(
  texts: string[],
  seconds: number,
  fn: (t: string) => unknown,
): { articles: number; bytes: number; ms: number; cpuMs: number } {
  const cpu0 = process.cpuUsage();
  const sizes = texts.map((t) => Buffer.byteLength(t, 'utf8'));
  const start = performance.now();
  let articles = 0;
  let bytes = 0;
  while (performance.now() - start < seconds * 1000) {
    texts.forEach((t, i) => {
      fn(t);
      articles++;
      bytes += sizes[i]!;
    });
  }
  const cpu = process.cpuUsage(cpu0);
  return { articles, bytes, ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 };
}

export async function runExtractBench(): Promise<Record<string, number>> {
  const texts = loadCorpus();
  for (const t of texts) extractArticle(t); // warm-up, and fail fast on a corpus article that does not extract
  const base = timeLoop(texts, 1, (t) => splitSentences(readArticle(t).body));
  const run = timeLoop(texts, 3, (t) => extractArticle(t));
  const result = {
    articles: texts.length,
    articlesPerSecond: Math.round((run.articles / run.ms) * 1000),
    kbPerSecond: Math.round((run.bytes / 1024 / run.ms) * 1000),
    baselineArticlesPerSecond: Math.round((base.articles / base.ms) * 1000),
    // CPU-time rate: what one uncontended core does, useful when other work shares the machine.
    cpuArticlesPerSecond: Math.round((run.articles / run.cpuMs) * 1000),
    ratioToBaseline: Number((run.articles / run.ms / (base.articles / base.ms)).toFixed(4)),
  };
  const pooled = await poolRate(texts, 3);
  console.log(
    `extract (one thread): ${result.articlesPerSecond} articles/s, ${result.kbPerSecond} KB/s over ${texts.length} articles ` +
      `(baseline read+split ${result.baselineArticlesPerSecond} articles/s; ratio ${result.ratioToBaseline}; ` +
      `${result.cpuArticlesPerSecond} articles per CPU-second)`,
  );
  console.log(
    `extract (worker pool of ${pooled.size}, as \`parley extract\` runs many files): ${pooled.articlesPerSecond} articles/s, ` +
      `${pooled.kbPerSecond} KB/s (${(pooled.articlesPerSecond / result.articlesPerSecond).toFixed(2)}× one thread)`,
  );
  return { ...result, poolArticlesPerSecond: pooled.articlesPerSecond };
}

/** The same corpus through a pool of worker threads in this process, with a bounded number in flight. */
async function poolRate(texts: string[], seconds: number) {
  const pool = new ExtractionPool();
  try {
    await Promise.all(texts.map((t) => pool.extract(t))); // warm-up: worker start and JIT
    const sizes = texts.map((t) => Buffer.byteLength(t, 'utf8'));
    const start = performance.now();
    let articles = 0;
    let bytes = 0;
    while (performance.now() - start < seconds * 1000) {
      await Promise.all(texts.map((t) => pool.extract(t)));
      articles += texts.length;
      bytes += sizes.reduce((a, b) => a + b, 0);
    }
    const ms = performance.now() - start;
    return {
      size: pool.size,
      articlesPerSecond: Math.round((articles / ms) * 1000),
      kbPerSecond: Math.round((bytes / 1024 / ms) * 1000),
    };
  } finally {
    await pool.close();
  }
}

if (require.main === module) {
  void runExtractBench();
}
