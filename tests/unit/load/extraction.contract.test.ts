import { articleKey, checkExtraction, ContractError } from '../../../src/load/extraction.contract';
import { buildExtraction } from '../../fixtures/load/extraction.builder';

const now = new Date('2025-01-01T00:00:00Z');
const good = () =>
  buildExtraction({
    body: 'Alpha Beta met Gamma Delta.',
    date: '2024-07-25',
    people: [{ name: 'Alpha Beta' }, { name: 'Gamma Delta' }],
    meetings: [
      { name: 'talks', date: '2024-07-24', participants: ['Alpha Beta', 'Gamma Delta'], place: 'Seoul' },
    ],
  });

describe('checkExtraction', () => {
  it('accepts a good extraction and turns a place name into a place', () => {
    const x = checkExtraction(good(), now);
    expect(x.places).toHaveLength(1);
    expect(x.meetings[0]!.place).toBe(x.places[0]!.id);
  });

  it('names the field that breaks the contract', () => {
    const x = good() as unknown as { people: Array<{ name: unknown }> };
    x.people[0]!.name = 42;
    expect(() => checkExtraction(x, now)).toThrow(/people\[0\]\.name/);
    expect(() => checkExtraction({ article: {} }, now)).toThrow(ContractError);
  });

  it('rejects dangling references', () => {
    const x = good();
    x.meetings[0]!.participants.push('p9');
    expect(() => checkExtraction(x, now)).toThrow(/"p9" is not a person id/);
  });

  it('skips and reports a held meeting dated after its article (beyond its precision and a day), keeping the rest', () => {
    const late = good();
    late.meetings[0]!.date = '2024-08';
    const skipped: unknown[] = [];
    const x = checkExtraction(late, now, (s) => skipped.push(s));
    expect(x.meetings).toEqual([]);
    expect(x.people).toHaveLength(2);
    expect(skipped).toEqual([
      {
        meeting: 'talks',
        date: '2024-08',
        articleDate: '2024-07-25',
        reason: expect.stringMatching(
          /"talks" skipped: reported as held but dated 2024-08, after the article date 2024-07-25/,
        ),
      },
    ]);
    const sameMonth = good();
    sameMonth.meetings[0]!.date = '2024-07';
    expect(checkExtraction(sameMonth, now).meetings).toHaveLength(1);
    const nextDay = good();
    nextDay.meetings[0]!.date = '2024-07-26';
    expect(checkExtraction(nextDay, now).meetings).toHaveLength(1);
  });

  it('keeps a planned meeting dated after its article, and reads a meeting without status as held', () => {
    const ahead = good();
    ahead.meetings[0]!.date = '2024-09-02';
    ahead.meetings[0]!.status = 'planned';
    const skipped: unknown[] = [];
    const x = checkExtraction(ahead, now, (s) => skipped.push(s));
    expect(x.meetings.map((m) => [m.date, m.status])).toEqual([['2024-09-02', 'planned']]);
    expect(skipped).toEqual([]);
    expect(checkExtraction(good(), now).meetings[0]!.status).toBe('held');
    const odd = good() as unknown as { meetings: Array<{ status: unknown }> };
    odd.meetings[0]!.status = 'cancelled';
    expect(() => checkExtraction(odd, now)).toThrow(/meetings\[0\]\.status/);
  });

  it('rejects a whole article dated after now', () => {
    const future = good();
    future.article.date = '2030-01-01';
    expect(() => checkExtraction(future, now)).toThrow(/in the future/);
  });
});

describe('articleKey', () => {
  it('uses the URL, else source and title, else the file name', () => {
    const a = good().article;
    expect(articleKey({ ...a, url: 'https://x/1' })).toBe('https://x/1');
    expect(articleKey({ ...a, source: 'S', title: 'T' })).toBe('S | T');
    expect(articleKey({ ...a, file: 'data/sample/a.txt' })).toBe('a.txt');
    expect(articleKey(a)).toBe(`sha256:${a.id}`);
  });
});
