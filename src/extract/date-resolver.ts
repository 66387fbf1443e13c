// Dates in the text resolved against the article's date, at the precision the text supports.
import { MONTHS, WEEKDAYS } from './lexicon.data';

export interface DateMention {
  /** offsets into the normalized sentence text */
  index: number;
  end: number;
  value: string;
  precision: 'day' | 'month' | 'year';
  relative: boolean;
  /** for a weekday or a month without a year: the value when the text speaks of what is to come */
  ahead?: string;
  /** "four months later", "the following day": an offset from the last date the text gave, resolved by the reader */
  offset?: { unit: 'day' | 'week' | 'month' | 'year'; n: number };
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const OFFSET_RE =
  /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (day|week|month|year)s? (later|earlier|afterwards|after that|before that)|the (following|next|previous) (day|week|month|year)|the (day|week|month|year) (after|before))\b/gi;

/** Anaphoric offsets in a sentence ("two weeks later", "the following month"), left for the reader to resolve. */
export function findOffsets(s: string): DateMention[] {
  const out: DateMention[] = [];
  OFFSET_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OFFSET_RE.exec(s))) {
    const unit = (m[2] ?? m[5] ?? m[6])!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
    const back = /earlier|before|previous/i.test(m[0]);
    const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
    out.push({
      index: m.index,
      end: m.index + m[0].length,
      value: '',
      precision: unit === 'day' ? 'day' : unit === 'year' ? 'year' : 'month',
      relative: true,
      offset: { unit, n: back ? -n : n },
    });
  }
  return out;
}

/** An offset applied to a date at the base's precision or coarser ("2023-03" + four months → "2023-07"). */
export function shiftDate(base: string, offset: NonNullable<DateMention['offset']>): string {
  const [y, mo = 1, d = 1] = base.split('-').map(Number) as [number, number?, number?];
  const days = offset.unit === 'day' ? offset.n : offset.unit === 'week' ? 7 * offset.n : 0;
  const months = offset.unit === 'month' ? offset.n : offset.unit === 'year' ? 12 * offset.n : 0;
  const t = new Date(Date.UTC(y, mo - 1 + months, d + days));
  const full = ymd(t);
  const keep = offset.unit === 'day' || offset.unit === 'week' ? 10 : 7;
  return full.slice(0, Math.min(keep, base.length));
}

const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DATE_RE = new RegExp(
  [
    `\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|and|to)\\s*\\d{1,2})?(?:, (\\d{4}))?\\b`,
    `\\b(\\d{1,2}) ${MONTH_RE}(?: (\\d{4}))?\\b`,
    `\\b(?:in |of |since |last |early |late |mid-?)?${MONTH_RE},? (\\d{4})\\b`,
    `\\b(?:in |early |late |mid-?)?${MONTH_RE},? (?:of )?(last|this|next) year\\b`,
    `\\b(last|this|next|earlier this|later this) (month|week|year)\\b`,
    `\\b(?:later|earlier) in the (week|month|year)\\b`,
    `\\b(?:in|last|this|early|late|next) ${MONTH_RE}\\b`,
    `\\bthe (?:beginning|start|end|middle) of ${MONTH_RE}\\b`,
    // "a June summit": a month naming the time of an event (not "May", which is also a verb).
    `\\b(?:a|an|the) (?!May\\b)${MONTH_RE}(?= [a-z])`,
    `\\b(today|yesterday|tomorrow|tonight)\\b`,
    // "came a day before X meets Y": the clause that follows is that far from the day of the report.
    `\\b(?:a|an|one|two|three|four|five|six|seven|\\d{1,2}) (?:day|week)s? (?:before|after)\\b(?! (?:that|then|it|this)\\b)`,
    `\\b(?:on |last |this |next )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b`,
    `\\b(?:in|since|of) (\\d{4})\\b`,
    // "the 1993 agreement", "the 2018 summit": a year naming the time of an event.
    `\\bthe ((?:19|20)\\d{2})(?= [a-z])`,
  ].join('|'),
  'gi',
);

// Compiled once: these run for every date expression found.
const MD_RE = new RegExp(`^${MONTH_RE} (\\d{1,2})(?!\\d)`, 'i');
const DM_RE = new RegExp(`^(\\d{1,2}) ${MONTH_RE}`, 'i');
const MY_RE = new RegExp(`${MONTH_RE},? (\\d{4})$`, 'i');
const MONTH_WORD_RE = new RegExp(MONTH_RE, 'i');
const anchors = new Map<string, Date>();

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
function monthIndex(s: string): number {
  const k = s.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(k));
}

/** Finds and resolves date expressions; `articleDate` anchors relative ones (null leaves them unresolved). */
export function findDates(s: string, articleDate: string | null): DateMention[] {
  const out: DateMention[] = [];
  let anchor: Date | null = null;
  if (articleDate) {
    anchor = anchors.get(articleDate) ?? new Date(`${articleDate}T00:00:00Z`);
    if (anchors.size < 1000) anchors.set(articleDate, anchor);
  }
  const ay = anchor?.getUTCFullYear() ?? null;
  const am = anchor ? anchor.getUTCMonth() : null;
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(s))) {
    const text = m[0];
    const lower = text.toLowerCase();
    let value: string | null = null;
    let precision: DateMention['precision'] = 'day';
    let relative = false;
    let ahead: string | undefined;
    const mi = (x: string | undefined): number => (x ? monthIndex(x) : -1);
    // Month day[, year]
    const md = MD_RE.exec(text);
    const dm = DM_RE.exec(text);
    const my = MY_RE.exec(text);
    if (md || dm) {
      const month = mi(md ? md[1] : dm![2]);
      const day = Number(md ? md[2] : dm![1]);
      const yearM = /(\d{4})$/.exec(text);
      let year = yearM ? Number(yearM[1]) : ay;
      if (year === null || month < 0 || day < 1 || day > 31) continue;
      const monthDay = `-${pad(month + 1)}-${pad(day)}`;
      // Past by default; what is to come ("will meet on August 28") may take the forward date.
      if (!yearM && anchor && Date.UTC(year, month, day) - anchor.getTime() > 60 * 86400000) {
        ahead = `${year}${monthDay}`;
        year--;
      }
      value = `${year}${monthDay}`;
    } else if (my) {
      value = `${my[2]}-${pad(mi(my[1]) + 1)}`;
      precision = 'month';
    } else if (/ (last|this|next) year$/.test(lower) && mi(MONTH_WORD_RE.exec(text)?.[1]) >= 0) {
      if (ay === null) continue;
      const dir = / last year$/.test(lower) ? -1 : / next year$/.test(lower) ? 1 : 0;
      value = `${ay + dir}-${pad(mi(MONTH_WORD_RE.exec(text)?.[1]) + 1)}`;
      precision = 'month';
      relative = true;
    } else if (
      /^(last|this|next|earlier this|later this|(?:later|earlier) in the) (month|week|year)$/.test(lower)
    ) {
      if (!anchor || ay === null || am === null) continue;
      relative = true;
      const unit = lower.split(' ').pop()!;
      const dir = lower.startsWith('last') ? -1 : lower.startsWith('next') ? 1 : 0;
      if (unit === 'year') {
        value = String(ay + dir);
        precision = 'year';
      } else if (unit === 'month') {
        const d = new Date(Date.UTC(ay, am + dir, 1));
        value = ymd(d).slice(0, 7);
        precision = 'month';
      } else {
        const d = new Date(anchor.getTime() + dir * 7 * 86400000);
        value = ymd(d).slice(0, 7);
        precision = 'month';
      }
    } else if (/^(in|last|this|early|late|next|an?|the) /.test(lower) && mi(text.split(' ').pop()) >= 0) {
      if (ay === null || am === null) continue;
      const month = mi(text.split(' ').pop());
      relative = true;
      const next = `${month < am ? ay + 1 : ay}-${pad(month + 1)}`;
      const year = lower.startsWith('last') ? (month < am ? ay : ay - 1) : month > am + 2 ? ay - 1 : ay;
      value = lower.startsWith('next') ? next : `${year}-${pad(month + 1)}`;
      if (!lower.startsWith('last')) ahead = next;
      precision = 'month';
    } else if (/ (?:day|week)s? (?:before|after)$/.test(lower)) {
      if (!anchor) continue;
      relative = true;
      const [n, unit, dir] = lower.split(' ') as [string, string, string];
      const days = (NUMBER_WORDS[n] ?? Number(n)) * (unit.startsWith('week') ? 7 : 1);
      value = ymd(new Date(anchor.getTime() + (dir === 'before' ? days : -days) * 86400000));
    } else if (/^(today|tonight|yesterday|tomorrow)$/.test(lower)) {
      if (!anchor) continue;
      relative = true;
      const off = lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0;
      value = ymd(new Date(anchor.getTime() + off * 86400000));
    } else if (WEEKDAYS.some((w) => lower.endsWith(w))) {
      if (!anchor) continue;
      relative = true;
      const wd = WEEKDAYS.findIndex((w) => lower.endsWith(w));
      let diff = (anchor.getUTCDay() - wd + 7) % 7;
      if (lower.startsWith('next ')) diff = -((wd - anchor.getUTCDay() + 7) % 7 || 7);
      else if (lower.startsWith('last ') && diff === 0) diff = 7;
      value = ymd(new Date(anchor.getTime() - diff * 86400000));
      if (!lower.startsWith('last '))
        ahead = ymd(new Date(anchor.getTime() + ((wd - anchor.getUTCDay() + 7) % 7) * 86400000));
    } else {
      const y = /(\d{4})$/.exec(text);
      if (!y) continue;
      value = y[1]!;
      precision = 'year';
    }
    if (value)
      out.push({
        index: m.index,
        end: m.index + text.length,
        value,
        precision,
        relative,
        ...(ahead ? { ahead } : {}),
      });
  }
  return out;
}
