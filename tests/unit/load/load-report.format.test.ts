import { formatLoadReport, loadExitCode } from '../../../src/cli/commands/load.command';
import { PlainProgress } from '../../../src/load/load-progress';
import type { LoadReport } from '../../../src/load/load.types';

const report = (over: Partial<LoadReport>): LoadReport => ({
  loaded: 3,
  unchanged: 1,
  failed: [],
  skipped: [],
  nodesCreated: 12,
  relationshipsCreated: 34,
  seconds: 2,
  ...over,
});

describe('parley load output', () => {
  it('summarizes nodes and relationships created, then failures, then warnings', () => {
    const text = formatLoadReport(
      report({
        failed: [{ file: 'a.txt', reason: 'article.date: 2099-01-01 is in the future' }],
        skipped: [
          {
            file: 'b.txt',
            reason:
              'meeting "talks" skipped: reported as held but dated 2024-08, after the article date 2024-07-25',
          },
        ],
      }),
    );
    expect(text).toContain('created 12 nodes and 34 relationships');
    expect(text).toContain('1 failed:\n  a.txt: article.date: 2099-01-01 is in the future\n');
    expect(text).toContain('1 warnings (left out of loaded articles):\n  b.txt: meeting "talks" skipped');
    expect(text).toMatch(/\(2\.5 articles\/s\)/);
  });

  it('says a reason shared by many articles once, with the count and a few files', () => {
    const unreachable = 'not loaded: Neo4j is unreachable at bolt://db:7687 (gave up after 7 attempts)';
    const failed = [
      ...Array.from({ length: 1800 }, (_, i) => ({ file: `f${i}.txt`, reason: unreachable })),
      { file: 'odd.txt', reason: 'not UTF-8 at byte 12' },
    ];
    const text = formatLoadReport(report({ failed }));
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines).toContain(`  1800 articles: ${unreachable} (f0.txt, f1.txt, f2.txt and 1797 more)`);
    expect(lines).toContain('  odd.txt: not UTF-8 at byte 12');
  });

  it('exits 0 when meetings were only left out, 1 when an article failed', () => {
    const skipped = [{ file: 'b.txt', reason: 'meeting "talks" skipped: dated after the article' }];
    expect(loadExitCode(report({ skipped }))).toBe(0);
    expect(loadExitCode(report({ skipped, failed: [{ file: 'a.txt', reason: 'not JSON' }] }))).toBe(1);
    expect(loadExitCode(report({}))).toBe(0);
  });

  it('says no problems when there are none', () => {
    expect(formatLoadReport(report({}))).toMatch(/\nno problems\n$/);
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
