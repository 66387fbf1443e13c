// The one check of an article posted for ingest (the mutation, LoadService.ingestText): every rule and message here.
import { MAX_ID_LENGTH, MAX_TEXT_FIELD_LENGTH } from './input-limits';
import { InputError } from './input-error';

export interface PostedArticleInput {
  text: unknown;
  title?: string | null;
  date?: string | null;
  source?: string | null;
  url?: string | null;
  replaces?: string | null;
}

export interface PostedArticle {
  text: string;
  /** trimmed, empty values left out */
  meta: { title?: string; date?: string; source?: string; url?: string };
  replaces?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day as YYYY-MM-DD (2024-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function preview(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** Checks a posted article; throws an InputError whose path names the argument. */
export function checkPostedArticle(input: PostedArticleInput, maxBytes: number): PostedArticle {
  if (typeof input.text !== 'string' || input.text.trim().length === 0)
    throw new InputError(['text'], 'must not be empty');
  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (bytes > maxBytes) throw new InputError(['text'], `must be at most ${maxBytes} bytes, got ${bytes}`);
  const meta: PostedArticle['meta'] = {};
  for (const field of ['title', 'source', 'url'] as const) {
    const value = input[field]?.trim();
    if (!value) continue;
    if (value.length > MAX_TEXT_FIELD_LENGTH)
      throw new InputError(
        [field],
        `must be at most ${MAX_TEXT_FIELD_LENGTH} characters, got ${value.length}`,
      );
    meta[field] = value;
  }
  const date = input.date?.trim();
  if (date) {
    if (!isCalendarDay(date))
      throw new InputError(['date'], `must be a date as YYYY-MM-DD, got ${preview(date)}`);
    meta.date = date;
  }
  const replaces = input.replaces?.trim();
  if (replaces && replaces.length > MAX_ID_LENGTH)
    throw new InputError(['replaces'], `must be an article id, at most ${MAX_ID_LENGTH} characters`);
  return { text: input.text, meta, ...(replaces ? { replaces } : {}) };
}
