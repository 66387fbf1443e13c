// Reading: bytes to text (shared with the loader), header lines, body and the article's metadata.
import { createHash } from 'node:crypto';
import { ExtractionError } from './extraction.error';
import { MONTHS } from './lexicon.data';

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Validates and decodes an article file; throws ExtractionError for empty, binary, oversized or non-UTF-8 bytes. */
export function decodeArticle(bytes: Buffer, maxBytes: number = DEFAULT_MAX_ARTICLE_BYTES): string {
  if (bytes.length === 0) throw new ExtractionError('EMPTY', 'file is empty');
  if (bytes.length > maxBytes) {
    throw new ExtractionError('TOO_LARGE', `file is ${bytes.length} bytes, over the ${maxBytes}-byte cap`);
  }
  if (bytes.includes(0)) throw new ExtractionError('BINARY', 'file is binary (contains NUL bytes)');
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new ExtractionError('INVALID_UTF8', 'file is not valid UTF-8');
  }
  // Control characters other than whitespace mean a binary format that happens to decode.
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 1 && c <= 8) || (c >= 14 && c <= 31)) controls++;
  }
  if (controls > Math.max(2, text.length / 1000)) {
    throw new ExtractionError('BINARY', 'file is binary (control characters)');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface ArticleHeader {
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  license: string | null;
  [key: string]: string | null;
}

export interface ReadArticle {
  header: ArticleHeader;
  body: string;
}

const HEADER_LINE = /^([A-Za-z][A-Za-z_-]{0,30}):[ \t]*(.*)$/;
const KNOWN_KEYS = new Set([
  'title',
  'date',
  'source',
  'url',
  'license',
  'author',
  'byline',
  'published',
  'lang',
]);
const SEED_DATE = /^[ \t\uFEFF]*date[ \t]+(\S+)[ \t]*/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validYmd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Parses a header date (ISO, ISO timestamp, "July 25, 2024", "25 July 2024"); null when it is not a date. */
export function parseHeaderDate(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(v);
  if (m) {
    const mi = MONTHS.findIndex((x) => x.startsWith((m as RegExpExecArray)[1]!.toLowerCase().slice(0, 3)));
    return mi < 0 ? null : validYmd(Number(m[3]), mi + 1, Number(m[2]));
  }
  m = /^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$/.exec(v);
  if (m) {
    const mi = MONTHS.findIndex((x) => x.startsWith((m as RegExpExecArray)[2]!.toLowerCase().slice(0, 3)));
    return mi < 0 ? null : validYmd(Number(m[3]), mi + 1, Number(m[1]));
  }
  return null;
}

// A line that is only a date, as a media release prints its day of issue: "Wednesday, 09 September 2015".
const ISSUE_LINE_RE =
  /^[ \t\u00a0]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t\u00a0]+)?(\d{1,2}[ \u00a0][A-Z][a-z]+[ \u00a0]\d{4}|[A-Z][a-z]+[ \u00a0]\d{1,2},?[ \u00a0]\d{4})[ \t\u00a0]*$/m;

/** The day a release was issued when its body prints it on a line of its own near the top, a few days before the
 *  header's date (a page's "last update"); "today" in the text is that day. Else null. */
export function issueDate(body: string, headerDate: string | null): string | null {
  const m = ISSUE_LINE_RE.exec(body.slice(0, 1500));
  const date = m ? parseHeaderDate(m[1]!.replace(',', '').replace(/\u00a0/g, ' ')) : null;
  if (!date || !headerDate || date === headerDate) return null;
  const days = (Date.parse(headerDate) - Date.parse(date)) / 86400000;
  return days > 0 && days <= 14 ? date : null;
}

function emptyHeader(): ArticleHeader {
  return { title: null, date: null, source: null, url: null, license: null };
}

/** Splits header lines from the body; the body is returned unchanged so evidence offsets slice it exactly. */
export function readArticle(text: string): ReadArticle {
  const header = emptyHeader();
  const seed = SEED_DATE.exec(text);
  if (seed && /^\d/.test(seed[1] ?? '')) {
    const date = parseHeaderDate(seed[1] ?? '');
    if (!date) throw new ExtractionError('MALFORMED_DATE', `line 1: malformed date "${seed[1]}"`);
    header.date = date;
    return { header, body: text.slice(seed[0].length) };
  }
  let pos = 0;
  let line = 0;
  let sawHeader = false;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(pos, end).replace(/\r$/, '');
    line++;
    if (raw.trim() === '') {
      if (sawHeader) pos = nl < 0 ? text.length : nl + 1;
      break;
    }
    const m = HEADER_LINE.exec(raw);
    if (!m || !KNOWN_KEYS.has(m[1]!.toLowerCase())) break;
    const key = m[1]!.toLowerCase();
    const value = (m[2] ?? '').trim();
    if (key === 'date') {
      const date = parseHeaderDate(value);
      if (!date) throw new ExtractionError('MALFORMED_DATE', `line ${line}: malformed date "${value}"`);
      header.date = date;
    } else {
      header[key] = value || null;
    }
    sawHeader = true;
    pos = nl < 0 ? text.length : nl + 1;
  }
  return { header, body: sawHeader ? text.slice(pos) : text };
}

export function bodyId(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}
