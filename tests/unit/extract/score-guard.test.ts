// Guard: the extractor's score on the gold files must not drop below the level reached.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractArticle } from '../../../src/extract/extract-article';

const ROOT = resolve(__dirname, '../../..');
const SCORER = resolve(ROOT, '../shared/tools/score-extraction.mjs');
const DEV = path('../../../../shared/corpus/dev');
const RESTRICTED = path('../../../../shared/corpus/restricted');
const OWN = resolve(ROOT, 'tests/fixtures/extract');

function path(rel: string): string {
  return resolve(__dirname, rel);
}

interface Score {
  score: number;
  total: { people: { f1: number } };
}

function score(dir: string): Score {
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => JSON.stringify(extractArticle(readFileSync(join(dir, f), 'utf8'), { file: join(dir, f) })));
  const out = join(mkdtempSync(join(tmpdir(), 'parley-guard-')), 'out.jsonl');
  writeFileSync(out, lines.join('\n') + '\n');
  return JSON.parse(
    execFileSync('node', [SCORER, '--gold', dir, '--pred', out, '--json'], { encoding: 'utf8' }),
  ) as Score;
}

describe('extraction score guard', () => {
  it('keeps the dev score and people F1', () => {
    const s = score(DEV);
    expect(s.score).toBeGreaterThanOrEqual(DEV_SCORE_FLOOR);
    expect(s.total.people.f1).toBeGreaterThanOrEqual(DEV_PEOPLE_FLOOR);
  });

  // The restricted (copyrighted) set lives only in ../shared; checkouts without it skip this check.
  const restrictedIt = existsSync(RESTRICTED) ? it : it.skip;
  if (!existsSync(RESTRICTED))
    console.warn(`score guard: ${RESTRICTED} is absent, skipping the restricted-corpus guard`);
  restrictedIt(
    'keeps the restricted score and people F1 (skipped when ../shared/corpus/restricted is absent)',
    () => {
      const s = score(RESTRICTED);
      expect(s.score).toBeGreaterThanOrEqual(RESTRICTED_SCORE_FLOOR);
      expect(s.total.people.f1).toBeGreaterThanOrEqual(RESTRICTED_PEOPLE_FLOOR);
    },
  );

  it('keeps the score on our own hand-written fixtures', () => {
    const s = score(OWN);
    expect(s.score).toBeGreaterThanOrEqual(OWN_SCORE_FLOOR);
  });
});

const DEV_SCORE_FLOOR = 0.97;
const DEV_PEOPLE_FLOOR = 0.98;
const RESTRICTED_SCORE_FLOOR = 0.94;
const RESTRICTED_PEOPLE_FLOOR = 0.97;
const OWN_SCORE_FLOOR = 0.97;
