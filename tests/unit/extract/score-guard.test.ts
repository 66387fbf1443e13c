// Guard: the extractor's score on the gold files must not drop below the level reached, per outlet.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractArticle } from '../../../src/extract/extract-article';

const ROOT = resolve(__dirname, '../../..');
const SCORER = resolve(ROOT, '../shared/tools/score-extraction.mjs');
const DEV = resolve(ROOT, '../shared/corpus/dev');
const RESTRICTED = resolve(ROOT, '../shared/corpus/restricted');
const OWN = resolve(ROOT, 'tests/fixtures/extract');

interface Score {
  articles: number;
  score: number;
  total: { people: { f1: number }; topics: { f1: number } };
}

/** The outlet of a gold file is its name's prefix ("bbc-004.gold.json" → "bbc"). */
const outletOf = (goldFile: string): string => goldFile.replace(/-.*$/, '');

/** Scores the gold files of `dir` (or only those of one outlet) through links in a scratch folder. */
function score(dir: string, outlet?: string): Score {
  const scratch = mkdtempSync(join(tmpdir(), 'parley-guard-'));
  const lines: string[] = [];
  for (const gold of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
    if (outlet && outletOf(gold) !== outlet) continue;
    symlinkSync(join(dir, gold), join(scratch, gold));
    const txt = join(dir, gold.replace(/\.gold\.json$/, '.txt'));
    lines.push(JSON.stringify(extractArticle(readFileSync(txt, 'utf8'), { file: txt })));
  }
  const out = join(scratch, 'out.jsonl');
  writeFileSync(out, lines.join('\n') + '\n');
  return JSON.parse(
    execFileSync('node', [SCORER, '--gold', scratch, '--pred', out, '--json'], { encoding: 'utf8' }),
  ) as Score;
}

describe('extraction score guard', () => {
  it('keeps the dev score, people F1 and topics F1', () => {
    const s = score(DEV);
    expect(s.score).toBeGreaterThanOrEqual(DEV_SCORE_FLOOR);
    expect(s.total.people.f1).toBeGreaterThanOrEqual(DEV_PEOPLE_FLOOR);
    expect(s.total.topics.f1).toBeGreaterThanOrEqual(DEV_TOPICS_FLOOR);
  });

  // The restricted (copyrighted) set lives only in ../shared; checkouts without it skip these checks.
  const restrictedIt = existsSync(RESTRICTED) ? it : it.skip;
  if (!existsSync(RESTRICTED))
    console.warn(`score guard: ${RESTRICTED} is absent, skipping the restricted-corpus guard`);
  restrictedIt('keeps the whole restricted score, people F1 and topics F1', () => {
    const s = score(RESTRICTED);
    expect(s.score).toBeGreaterThanOrEqual(RESTRICTED_SCORE_FLOOR);
    expect(s.total.people.f1).toBeGreaterThanOrEqual(RESTRICTED_PEOPLE_FLOOR);
    expect(s.total.topics.f1).toBeGreaterThanOrEqual(RESTRICTED_TOPICS_FLOOR);
  });

  restrictedIt('keeps every restricted outlet at or above its floor, and has a floor for each', () => {
    const outlets = [
      ...new Set(
        readdirSync(RESTRICTED)
          .filter((f) => f.endsWith('.gold.json'))
          .map(outletOf),
      ),
    ].sort();
    expect(outlets).toEqual(Object.keys(OUTLET_SCORE_FLOORS).sort());
    const below = outlets
      .map((outlet) => ({
        outlet,
        score: score(RESTRICTED, outlet).score,
        floor: OUTLET_SCORE_FLOORS[outlet]!,
      }))
      .filter((r) => r.score < r.floor);
    expect(below).toEqual([]);
  });

  it('keeps the score on our own hand-written fixtures', () => {
    const s = score(OWN);
    expect(s.score).toBeGreaterThanOrEqual(OWN_SCORE_FLOOR);
  });
});

const DEV_SCORE_FLOOR = 0.97;
const DEV_PEOPLE_FLOOR = 0.98;
// First look at the 41 restricted gold files (c625cc6): 0.599, people F1 0.804; after round 3: 0.783, people 0.960;
// after round 4 (announced meetings, styled titles, releases): 0.856, people 0.967; after round 6 (one meeting per
// counterpart, signings, group meetings, titles, person-country): 0.904, people 0.986; after round 10: 0.931; after
// round 12: 0.951.
const RESTRICTED_SCORE_FLOOR = 0.93;
const RESTRICTED_PEOPLE_FLOOR = 0.97;
// Topics (outside the headline score; what TopicMeetings and TopicTrends read): news prose's framings (contention,
// concern, calls, meeting nouns) took restricted topics F1 from 0.070 to 0.173 and dev from 0.441 to 0.449, with BBC
// held out (0.071 before, 0.070 at its first look after the round); a second round (cooperation on, what is welcomed or
// criticised) to 0.207 and 0.453, with CNN held out (0.132 before, 0.130 after): neither outlet gained from rules
// written on the others, the limit of phrase rules against gold topics that summarize; a third round, on precision with
// every outlet open (generic event nouns, groups of people, a person's attributes, "both A and B"), 0.211; 0.210
// once "investment" was a noun.
const DEV_TOPICS_FLOOR = 0.43;
const RESTRICTED_TOPICS_FLOOR = 0.19;
// An outlet held out of rule writing (progressive unveiling, see README) keeps a 0.05 margin under its first look
// until its round ends: rules are not tuned to it, so its score may move either way meanwhile.
const OUTLET_SCORE_FLOORS: Record<string, number> = {
  // Every outlet has been held out once and then opened (rounds 1-12); floors sit about 0.02 under the end of round 12.
  aljazeera: 0.94,
  australia: 0.96,
  bbc: 0.91,
  cnn: 0.92,
  kcna: 0.97,
};
const OWN_SCORE_FLOOR = 0.97;
