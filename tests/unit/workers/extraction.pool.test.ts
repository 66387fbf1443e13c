import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runExtract } from '../../../src/cli/commands/extract.command';
import { extractArticle } from '../../../src/extract/extract-article';
import { ExtractionPool } from '../../../src/workers/extraction.pool';

const DEV = path.resolve(__dirname, '../../../data/sample');

describe('ExtractionPool', () => {
  let pool: ExtractionPool;
  beforeAll(() => {
    pool = new ExtractionPool(2);
  });
  afterAll(() => pool.close());

  it('gives the same extractions as the in-process extractor', async () => {
    const files = fs
      .readdirSync(DEV)
      .filter((f) => f.endsWith('.txt'))
      .slice(0, 6);
    for (const f of files) {
      const text = fs.readFileSync(path.join(DEV, f), 'utf8');
      await expect(pool.extract(text, { file: f })).resolves.toEqual(extractArticle(text, { file: f }));
    }
  });

  it('rejects bad input with the extractor’s own error code', async () => {
    await expect(pool.extract('   ')).rejects.toMatchObject({ name: 'ExtractionError', code: 'EMPTY' });
  });

  it('keeps the input order in parley extract, with bad files reported in place', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-pool-'));
    const names = fs
      .readdirSync(DEV)
      .filter((f) => f.endsWith('.txt'))
      .slice(0, 10);
    const paths = names.map((f) => path.join(DEV, f));
    const bad = path.join(dir, 'empty.txt');
    fs.writeFileSync(bad, '');
    paths.splice(3, 0, bad);
    const out: string[] = [];
    const err: string[] = [];
    const extract = (text: string, file: string) => pool.extract(text, { file });
    const code = await runExtract(
      paths,
      1 << 20,
      { out: (l) => out.push(l), err: (l) => err.push(l) },
      extract,
      4,
    );
    expect(code).toBe(1);
    expect(out.map((l) => path.basename(JSON.parse(l).article.file))).toEqual(names);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(new RegExp(`^parley extract: ${bad}: .*empty`));
  });
});

describe('ExtractionPool deadlines and queue bound', () => {
  const article = fs.readFileSync(
    path.join(
      DEV,
      fs.readdirSync(DEV).find((f) => f.endsWith('.txt'))!,
    ),
    'utf8',
  );
  const long = article.repeat(60);

  it('stops a worker past the deadline, replaces it, and serves the next article', async () => {
    const pool = new ExtractionPool(1);
    try {
      await expect(pool.extract(long, {}, { timeoutMs: 1 })).rejects.toMatchObject({
        name: 'ExtractionTimeout',
      });
      await expect(pool.extract(article, { file: 'a.txt' })).resolves.toEqual(
        extractArticle(article, { file: 'a.txt' }),
      );
    } finally {
      await pool.close();
    }
  });

  it('refuses with PoolBusy when every worker is busy and the queue is full', async () => {
    const pool = new ExtractionPool(1, { maxQueued: 1 });
    try {
      const running = pool.extract(long);
      const queued = pool.extract(article);
      await expect(pool.extract(article)).rejects.toMatchObject({ name: 'PoolBusy' });
      await expect(Promise.all([running, queued])).resolves.toHaveLength(2);
    } finally {
      await pool.close();
    }
  });
});
