import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExtract } from '../../../src/cli/commands/extract.command';

describe('runExtract', () => {
  it('prints good files, one error line per bad file, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-extract-'));
    const good = join(dir, 'good.txt');
    writeFileSync(
      good,
      'title: T\ndate: 2024-01-02\n\nPresident John Doe met today with Prime Minister Jane Roe of Japan.',
    );
    const files = {
      empty: '',
      binary: Buffer.from([1, 0, 2, 3]),
      utf8: Buffer.from([0x41, 0xff, 0x42]),
      date: 'title: T\ndate: 2024-99-01\n\nBody.',
      big: 'x'.repeat(5000),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const out: string[] = [];
    const err: string[] = [];
    const paths = [good, ...Object.keys(files).map((n) => join(dir, n)), join(dir, 'missing')];
    const code = await runExtract(paths, 4096, { out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!).article.file).toBe(good);
    expect(err).toHaveLength(6);
    for (const line of err) expect(line).toMatch(/^parley extract: .+: .+$/);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('exits 0 when every file extracts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-extract-'));
    const f = join(dir, 'a.txt');
    writeFileSync(f, 'Secretary of State Jane Roe met Foreign Minister John Doe of France today.');
    await expect(runExtract([f], 4096, { out: () => undefined, err: () => undefined })).resolves.toBe(0);
  });
});
