import { badUserInput, preview } from './user-input';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateSpan {
  /** first day covered, YYYY-MM-DD */
  start: string;
  /** last day covered, YYYY-MM-DD */
  end: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The days a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string covers, or null when it is not such a date. */
export function partialDateSpan(text: string): DateSpan | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1) return null;
  if (m[2] === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { start: text, end: text };
}

export interface DateWindow {
  from: string | null;
  to: string | null;
}

/** `$from`/`$to` arguments to a window of days; a value that is not a date is BAD_USER_INPUT naming it. */
export function dateWindow(from: string | null | undefined, to: string | null | undefined): DateWindow {
  const parse = (value: string | null | undefined, argument: string): DateSpan | null => {
    if (value === null || value === undefined || value.trim() === '') return null;
    const span = partialDateSpan(value.trim());
    if (!span)
      throw badUserInput(argument, `must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${preview(value)}`);
    return span;
  };
  const f = parse(from, 'from');
  const t = parse(to, 'to');
  if (f && t && f.start > t.end) throw badUserInput('to', `must not be before from (${from} > ${to})`);
  return { from: f?.start ?? null, to: t?.end ?? null };
}
