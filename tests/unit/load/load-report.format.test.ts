import { formatLoadReport } from '../../../src/cli/commands/load.command';
import { PlainProgress } from '../../../src/load/load-progress';

describe('parley load output', () => {
  it('summarizes nodes and relationships created and lists every problem', () => {
    const text = formatLoadReport({
      loaded: 3,
      unchanged: 1,
      failed: [{ file: 'a.txt', reason: 'article.date: 2099-01-01 is in the future' }],
      skipped: [
        {
          file: 'b.txt',
          reason:
            'meeting "talks" skipped: reported as held but dated 2024-08, after the article date 2024-07-25',
        },
      ],
      nodesCreated: 12,
      relationshipsCreated: 34,
      seconds: 2,
    });
    expect(text).toContain('created 12 nodes and 34 relationships');
    expect(text).toContain('2 problems:');
    expect(text).toContain('  a.txt: article.date: 2099-01-01 is in the future');
    expect(text).toContain('  b.txt: meeting "talks" skipped');
    expect(text).toMatch(/\(2\.5 articles\/s\)/);
  });

  it('prints plain progress lines with articles/s when not on a terminal', () => {
    const out: string[] = [];
    const progress = new PlainProgress({
      write: (s: string) => out.push(s),
    } as unknown as NodeJS.WritableStream);
    progress.start(10);
    progress.update(4);
    progress.stop();
    expect(out.join('')).toMatch(/^loaded 4\/10 articles \(\d+\.\d articles\/s\)\n$/);
  });
});
