import { extractArticle } from '../../../src/extract/extract-article';
import { ExtractionError } from '../../../src/extract/extraction.error';

const byName = (r: ReturnType<typeof extractArticle>, name: string) => r.people.find((p) => p.name === name);

describe('extractArticle', () => {
  it('extracts a readout: people, titles, countries, one meeting dated today', () => {
    const r = extractArticle(
      'title: Readout\ndate: 2023-03-14\n\nSecretary of State Daniel R. Whitfield met today with Norwegian Foreign Minister Ingrid Haugland in Oslo. The Secretary and the Foreign Minister discussed Arctic security.',
      { file: 'x.txt' },
    );
    expect(byName(r, 'Daniel R. Whitfield')).toMatchObject({ title: 'Secretary of State', country: 'US' });
    expect(byName(r, 'Ingrid Haugland')).toMatchObject({ title: 'Foreign Minister', country: 'NO' });
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]).toMatchObject({ date: '2023-03-14', kind: 'meeting' });
    expect(r.meetings[0]!.participants).toHaveLength(2);
    expect(r.countries.map((c) => c.code).sort()).toEqual(['NO', 'US']);
    const org = r.organizations.find((o) => o.id === byName(r, 'Ingrid Haugland')!.organization);
    expect(org).toMatchObject({ name: 'Ministry of Foreign Affairs', country: 'NO' });
  });

  it('handles East Asian order, hyphenated given names, apposition and surname mentions', () => {
    const r = extractArticle(
      "date: 2024-03-21\n\nSouth Korea's First Vice Foreign Minister, Park Min-jae, held talks with his Vietnamese counterpart, Tran Van Hung, in Seoul on Wednesday. Park said the talks were useful.",
    );
    expect(byName(r, 'Park Min-jae')).toMatchObject({ country: 'KR', title: 'First Vice Foreign Minister' });
    expect(byName(r, 'Tran Van Hung')?.country).toBe('VN');
    expect(r.people).toHaveLength(2);
    expect(r.meetings[0]).toMatchObject({ date: '2024-03-20', kind: 'talks' });
  });

  it('keeps evidence offsets slicing the body', () => {
    const text =
      'title: T\ndate: 2022-02-15\n\nSecretary of State Antony J. Blinken spoke today with Russian Foreign Minister Sergey Lavrov about European security.';
    const r = extractArticle(text);
    const body = text.slice(text.indexOf('\n\n') + 2);
    for (const e of r.evidence) expect(body.slice(e.start, e.end)).toBe(e.sentence);
    expect(r.meetings[0]).toMatchObject({ kind: 'call', format: 'phone' });
  });

  it('uses defaults for posted text and throws stable codes for bad text', () => {
    const r = extractArticle('The Foreign Minister Jane Roe met President John Doe today.', {
      file: null,
      defaults: { title: 'Posted', date: '2024-01-02' },
    });
    expect(r.article).toMatchObject({ title: 'Posted', date: '2024-01-02', file: null });
    const codeOf = (t: string): string | undefined => {
      try {
        extractArticle(t);
      } catch (e) {
        return (e as ExtractionError).code;
      }
      return undefined;
    };
    expect(codeOf('')).toBe('EMPTY');
    expect(codeOf('title: x\ndate: yesterday\n\nBody.')).toBe('MALFORMED_DATE');
    expect(codeOf('title: x\n\n... --- ...')).toBe('NO_SENTENCES');
  });
});
