import { decodeArticle, readArticle, parseHeaderDate } from '../../../src/extract/article-reader';
import { splitSentences } from '../../../src/extract/sentence-splitter';
import { findDates } from '../../../src/extract/date-resolver';
import { ExtractionError } from '../../../src/extract/extraction.error';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ExtractionError ? e.code : 'OTHER';
  }
  return undefined;
}

describe('decodeArticle', () => {
  it('rejects empty, binary, invalid UTF-8 and oversized input', () => {
    expect(code(() => decodeArticle(Buffer.alloc(0), 100))).toBe('EMPTY');
    expect(code(() => decodeArticle(Buffer.from([0x41, 0x00, 0x42]), 100))).toBe('BINARY');
    expect(code(() => decodeArticle(Buffer.from([0x41, 0xe9, 0x42]), 100))).toBe('INVALID_UTF8');
    expect(code(() => decodeArticle(Buffer.from('x'.repeat(101)), 100))).toBe('TOO_LARGE');
    expect(decodeArticle(Buffer.from('\ufeffhello', 'utf8'), 100)).toBe('hello');
  });
});

describe('readArticle', () => {
  it('reads header lines and keeps the body unchanged', () => {
    const a = readArticle('title: T\ndate: 2024-07-25\nsource: x\n\nBody text.\n');
    expect(a.header).toMatchObject({ title: 'T', date: '2024-07-25', source: 'x' });
    expect(a.body).toBe('Body text.\n');
  });
  it('reads the seed-style date line', () => {
    const a = readArticle(' date 2024-07-25 First sentence.');
    expect(a.header.date).toBe('2024-07-25');
    expect(a.body).toBe('First sentence.');
  });
  it('treats a file without header as all body', () => {
    expect(readArticle('Just a body.').body).toBe('Just a body.');
  });
  it('rejects a malformed date, naming the line', () => {
    expect(() => readArticle('title: T\ndate: 2024-02-30\n\nBody.')).toThrow(/line 2: malformed date/);
    expect(parseHeaderDate('July 25, 2024')).toBe('2024-07-25');
  });
});

describe('splitSentences', () => {
  it('keeps exact offsets and does not split after abbreviations or initials', () => {
    const body =
      'Secretary Antony J. Blinken met U.S. officials in Washington, D.C. The talks went well.\nNext line.';
    const s = splitSentences(body);
    expect(s.map((x) => x.text)).toEqual([
      'Secretary Antony J. Blinken met U.S. officials in Washington, D.C.',
      'The talks went well.',
      'Next line.',
    ]);
    for (const x of s) expect(body.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('findDates', () => {
  const at = (s: string, d = '2024-07-25') => findDates(s, d).map((x) => x.value);
  it('resolves relative and explicit dates against the article date', () => {
    expect(at('met today')).toEqual(['2024-07-25']);
    expect(at('committed on Wednesday')).toEqual(['2024-07-24']);
    expect(at('said Thursday')).toEqual(['2024-07-25']);
    expect(at('in June 2017')).toEqual(['2017-06']);
    expect(at('the November 2022 meeting')).toEqual(['2022-11']);
    expect(at('on July 8')).toEqual(['2024-07-08']);
    expect(at('held last June')).toEqual(['2024-06']);
    expect(at('last month')).toEqual(['2024-06']);
  });
});
