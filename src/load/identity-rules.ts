// Every rule that decides whether two mentions are the same node, in one place, each returning a reason.
import { createHash } from 'node:crypto';
import { boundedMemo } from '../domain/bounded-memo';
import { foldName, personKey } from '../domain/names';

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateSpan {
  /** the date as the sources give it: YYYY-MM-DD, YYYY-MM or YYYY */
  date: string;
  start: string;
  end: string;
  precision: DatePrecision;
}

/** Whitespace tokens of a name, without punctuation-only tokens. */
function nameTokens(name: string): string[] {
  return name
    .trim()
    .split(/\s+/)
    .filter((t) => foldName(t).length > 0);
}

/** True when a name has at least two folded tokens: only such names may join people across articles. */
export function isStrongPersonName(name: string): boolean {
  return personKey(name).includes('-');
}

/**
 * Keys that identify a person across articles: the order-insensitive `personKey`, and the folded name in every
 * rotation of its tokens, so "Kim Hong-kyun", "Kim Hong Kyun", "Hong-kyun Kim" and "KIM Hong-Kyun" share a key.
 * Single-token names ("Biden", "Kim") yield no strong key: they would join unrelated people.
 */
export const personStrongKeys: (name: string) => readonly string[] = boundedMemo((name) =>
  Object.freeze(strongKeys(name)),
);

function strongKeys(name: string): string[] {
  if (!isStrongPersonName(name)) return [];
  const tokens = nameTokens(name);
  const keys = new Set<string>([personKey(name)]);
  for (let i = 0; i < tokens.length; i++) {
    keys.add(foldName([...tokens.slice(i), ...tokens.slice(0, i)].join('')));
  }
  keys.delete('');
  return [...keys].sort();
}

/** Every key a name lookup should match (`nameKeys`): strong keys plus the plain fold of weak names. */
export function personNameKeys(names: string[]): string[] {
  const keys = new Set<string>();
  for (const n of names) {
    for (const k of personStrongKeys(n)) keys.add(k);
    const f = foldName(n);
    if (f) keys.add(f);
    const pk = personKey(n);
    if (pk) keys.add(pk);
  }
  return [...keys].sort();
}

const LEADING_ARTICLE = /^\s*(the|a|an)\s+/i;

/** Folded name of an organization, place or topic without a leading article ("the Quad" = "Quad"). */
function entityKey(name: string): string {
  return foldName(name.replace(LEADING_ARTICLE, ''));
}

export function entityNameKeys(names: string[]): string[] {
  return [...new Set(names.map(entityKey).filter((k) => k.length > 0))].sort();
}

/** Place key: the folded name before any comma ("Washington, DC" = "Washington"). */
export function placeKey(name: string): string {
  return entityKey(name.split(',')[0] ?? name);
}

export function topicKey(name: string): string {
  return entityKey(name);
}

/**
 * `person:<personKey>`; a single-token name ("Kim", "Yoon") cannot tell people apart across articles, so its id is
 * scoped by country (`person:kim:kr`) and it joins only that exact id.
 */
export function personIdFor(name: string, country: string | null = null): string {
  const key = personKey(name) || foldName(name);
  return isStrongPersonName(name) ? `person:${key}` : `person:${key}:${(country ?? 'xx').toLowerCase()}`;
}

export function organizationIdFor(name: string, country: string | null): string {
  return `org:${country ? country.toLowerCase() : 'intl'}:${entityKey(name)}`;
}

export function placeIdFor(name: string, country: string | null): string {
  return `place:${country ? country.toLowerCase() : 'xx'}:${placeKey(name)}`;
}

export function topicIdFor(name: string): string {
  return `topic:${topicKey(name)}`;
}

export function seriesKey(series: string | null | undefined): string | null {
  const k = series ? entityKey(series) : '';
  return k || null;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

/**
 * A new meeting's id, stable for the same evidence whichever loader computes it: the series and ordinal when
 * known, else the date and the sorted participant ids, else the reporting article and its local id.
 */
export function meetingIdFor(m: {
  seriesKey: string | null;
  ordinal: number | null;
  date: string | null;
  participants: string[];
  articleId: string;
  localId: string;
}): string {
  if (m.seriesKey && m.ordinal !== null) return `meeting:${m.seriesKey}:${m.ordinal}`;
  if (m.date && m.participants.length) {
    return `meeting:${m.date}:${shortHash([...new Set(m.participants)].sort().join('|'))}`;
  }
  return `meeting:${m.articleId.slice(0, 16)}:${m.localId}`;
}

const DAY_MS = 86_400_000;

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Parses YYYY-MM-DD, YYYY-MM or YYYY into the span it covers; null for anything else or an impossible date. */
export function parseDateSpan(date: string | null | undefined): DateSpan | null {
  if (!date) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > lastDayOfMonth(y, mo)) return null;
    return { date, start: date, end: date, precision: 'day' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return {
      date,
      start: `${y}-${pad(mo)}-01`,
      end: `${y}-${pad(mo)}-${pad(lastDayOfMonth(y, mo))}`,
      precision: 'month',
    };
  }
  m = /^(\d{4})$/.exec(date);
  if (m) return { date, start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
  return null;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** One day of slack either side: readouts from different time zones date the same encounter a day apart. */
export const SAME_DAY_SLACK_DAYS = 1;

/** Whether two dates can describe the same encounter: overlapping spans, widened by the time-zone slack. */
export function datesCompatible(a: DateSpan, b: DateSpan): boolean {
  return slackStart(a.start) <= b.end && slackStart(b.start) <= a.end;
}

// The loader compares every mention with every candidate meeting; the few distinct days are shifted once each.
const slackStart = boundedMemo((day) => addDays(day, -SAME_DAY_SLACK_DAYS));

export interface MeetingFacts {
  id: string;
  name: string;
  kind: string;
  date: DateSpan | null;
  format: string | null;
  seriesKey: string | null;
  ordinal: number | null;
  /** resolved person ids */
  participants: string[];
  principals: string[];
}

export interface MatchDecision {
  same: boolean;
  rule: string;
  reason: string;
}

const NO = (rule: string, reason: string): MatchDecision => ({ same: false, rule, reason });
const YES = (rule: string, reason: string): MatchDecision => ({ same: true, rule, reason });

/**
 * Same encounter when (1) same series and ordinal with compatible dates, or (2) compatible dates, no conflicting
 * format, and shared participants: at least two, or one when either side names only one person and kinds agree.
 */
export function sameMeeting(a: MeetingFacts, b: MeetingFacts): MatchDecision {
  if (a.seriesKey && b.seriesKey && a.seriesKey === b.seriesKey && a.ordinal !== null && b.ordinal !== null) {
    if (a.ordinal !== b.ordinal)
      return NO('series', `same series, ordinals ${a.ordinal} and ${b.ordinal} differ`);
    if (a.date && b.date && !datesCompatible(a.date, b.date)) {
      return NO(
        'series',
        `same series and ordinal but dates ${a.date.date} and ${b.date.date} are far apart`,
      );
    }
    return YES('series', `same series "${a.seriesKey}" and ordinal ${a.ordinal}`);
  }
  if (!a.date || !b.date) return NO('date', 'a date is unknown and no series+ordinal links them');
  if (!datesCompatible(a.date, b.date)) return NO('date', `dates ${a.date.date} and ${b.date.date} differ`);
  if (a.format && b.format && a.format !== b.format)
    return NO('format', `formats ${a.format} and ${b.format} differ`);
  const shared = a.participants.filter((p) => b.participants.includes(p));
  const sharedList = [...new Set(shared)].sort();
  const dates =
    a.date.date === b.date.date
      ? `same date ${a.date.date}`
      : `dates ${a.date.date} and ${b.date.date} agree`;
  if (sharedList.length >= 2) {
    if (
      a.principals.length >= 2 &&
      b.principals.length >= 2 &&
      !a.principals.some((p) => b.principals.includes(p))
    ) {
      return NO('participants', 'the principals differ');
    }
    return YES('participants', `${dates}; shared participants ${sharedList.join(', ')}`);
  }
  if (sharedList.length === 1) {
    const narrow = Math.min(new Set(a.participants).size, new Set(b.participants).size) === 1;
    if (narrow && a.kind === b.kind) {
      return YES(
        'participants',
        `${dates}; same kind ${a.kind}; the only named participant ${sharedList[0]} is shared`,
      );
    }
    return NO('participants', `only one shared participant (${sharedList[0]})`);
  }
  return NO('participants', 'no shared participants');
}

/**
 * Orders names from fullest to shortest: more letters (folded), then fewer tokens ("Kim Hong-kyun" over
 * "Kim Hong Kyun"), then alphabetical, so any load order picks the same display name.
 */
function compareFullness(a: string, b: string): number {
  const la = foldName(a).length;
  const lb = foldName(b).length;
  if (la !== lb) return lb - la;
  const ta = nameTokens(a).length;
  const tb = nameTokens(b).length;
  if (ta !== tb) return ta - tb;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function fullestName(names: Array<string | null | undefined>): string | null {
  const list = names.filter((n): n is string => !!n && n.trim().length > 0);
  if (!list.length) return null;
  return [...list].sort(compareFullness)[0] ?? null;
}

/** Specific kinds win over the generic "meeting", so the choice does not depend on which source came first. */
const KIND_RANK = ['summit', 'dialogue', 'talks', 'conference', 'call', 'visit', 'ceremony', 'meeting'];

export function preferredKind(kinds: string[]): string {
  const ranked = [...new Set(kinds)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  return ranked[0] ?? 'meeting';
}

function rank(kind: string): number {
  const i = KIND_RANK.indexOf(kind);
  return i < 0 ? KIND_RANK.length : i;
}

/** The most precise date among the sources; among equally precise ones the earliest. */
export function preferredDate(spans: Array<DateSpan | null>): DateSpan | null {
  const order: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };
  const list = spans.filter((s): s is DateSpan => !!s);
  list.sort(
    (a, b) => order[a.precision] - order[b.precision] || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
  );
  return list[0] ?? null;
}

/** Sorted, de-duplicated aliases, without the display name. */
export function mergeAliases(name: string, ...lists: Array<Array<string | null | undefined>>): string[] {
  const out = new Set<string>();
  for (const list of lists) for (const a of list) if (a && a.trim() && a !== name) out.add(a.trim());
  out.delete(name);
  return [...out].sort();
}

/** A person's `familyKeys`: the tokens of every full form of its names, sorted (where a bare family name finds it). */
export function familyKeysOf(names: string[]): string[] {
  return [...new Set(names.flatMap(familyTokens))].sort();
}

/** Folded tokens of a full name's person key ("Antony J. Blinken" → antony, blinken): what a single-token name may be. */
export function familyTokens(name: string): string[] {
  return isStrongPersonName(name) ? personKey(name).split('-').filter(Boolean) : [];
}

const TITLE_FILLER = new Set(['of', 'the', 'for', 'and', 'on', 'to']);

/** Folded words of a title without filler words ("Secretary of State" → secretary, state). */
function titleWords(title: string): Set<string> {
  return new Set(
    title
      .split(/[^\p{L}\p{N}]+/u)
      .map(foldName)
      .filter((w) => w && !TITLE_FILLER.has(w)),
  );
}

/** Whether one title's words all occur in the other ("Secretary" and "Secretary of State", "President" and "President-elect"). */
export function titlesAgree(a: string, b: string): boolean {
  const [x, y] = [titleWords(a), titleWords(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return small.size > 0 && [...small].every((w) => large.has(w));
}

/** The one token a single-token name stands for ("Secretary Blinken" gives "Blinken" → blinken). */
export function singleToken(name: string): string {
  return personKey(name) || foldName(name);
}
