// What both title parsers share: connector and field words, the title-word test, a title's text and organization.
import { lookupCountry } from './country-gazetteer';
import { ORG_WORDS, PERSON_VERBS, PORTFOLIO, TITLE_HEADS, TITLE_MODS } from './lexicon.data';
import { canonicalOrgName, ministryState, orgKind, type OrgRef } from './organization-names';
import type { Token } from './tokenizer';

export const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', "'"]);
export const TRANSIENT = new Set([
  'current',
  'sole',
  'only',
  'new',
  'newly',
  'longtime',
  'veteran',
  'future',
  'leading',
  'prominent',
  'key',
]);
export const ORDINALS = new Set(['first', 'second', 'third']);
export const SUB_UNITS = new Set([
  'department',
  'bureau',
  'division',
  'directorate',
  'section',
  'secretariat',
]);
export const LEGISLATURES = new Set([
  'assembly',
  'parliament',
  'congress',
  'senate',
  'house',
  'diet',
  'duma',
]);
export const FIELD_STOP = new Set([
  'at',
  'in',
  'from',
  'with',
  'who',
  'which',
  'that',
  'and',
  'or',
  'on',
  'to',
  'for',
  'by',
  'as',
]);

/** A lowercase word that can name a field of study or work after "of" ("of international studies"). */
export function isFieldWord(t: Token | undefined): boolean {
  return (
    !!t &&
    t.word &&
    !t.cap &&
    !FIELD_STOP.has(t.lower) &&
    !CONNECTORS.has(t.lower) &&
    !PERSON_VERBS.has(t.lower)
  );
}

/** A title head in the plural ("Leaders", "chiefs", "Secretaries"): a group of people, never one name. */
export function isPluralTitleHead(word: string): boolean {
  const w = word.toLowerCase();
  const singular = w.replace(/ies$/, 'y').replace(/s$/, '');
  return singular !== w && TITLE_HEADS.has(singular);
}

export function isTitleWord(t: Token): boolean {
  return TITLE_HEADS.has(t.lower) || TITLE_MODS.has(t.lower) || PORTFOLIO.has(t.lower);
}

export interface ParsedTitle {
  /** title text as written, country words removed */
  title: string | null;
  rank: string | null;
  country: string | null;
  org: OrgRef | null;
  /** token index where the whole left span (country prefix included) begins */
  from: number;
}

export function titleCase(s: string): string {
  if (/[A-Z]/.test(s)) return s;
  return s.replace(/\b([a-z])([a-z-]*)/g, (w, a: string, b: string) =>
    /^(of|for|the|and|on|in)$/.test(w)
      ? w
      : a.toUpperCase() + b.replace(/-([a-z])/g, (_m, c: string) => '-' + c.toUpperCase()),
  );
}

export function sliceText(text: string, toks: readonly Token[], from: number, to: number): string {
  if (from >= to) return '';
  return text.slice(toks[from]!.start, toks[to - 1]!.end + (toks[to - 1]!.possessive ? 0 : 0));
}

/** "... Commission and Foreign Minister": capitalized words from `at` that reach a title head before any body word are
 * a second office, not more of the body's name ("Ministry of Industry and Trade"). */
function titleFollows(toks: readonly Token[], at: number, to: number): boolean {
  for (let j = at; j < to && toks[j]!.cap; j++) {
    if (ORG_WORDS.has(toks[j]!.lower)) return false;
    if (TITLE_HEADS.has(toks[j]!.lower)) return true;
  }
  return false;
}

export function orgFromSpan(
  text: string,
  toks: readonly Token[],
  from: number,
  to: number,
  country: string | null,
): OrgRef | null {
  // "National Assembly Representative": a body right before a title head is the body's name only when no other follows
  // ("Politburo Member and Director of the Office of X" holds the office of the Office).
  let beforeHead: OrgRef | null = null;
  for (let i = from; i < to; i++) {
    if (!ORG_WORDS.has(toks[i]!.lower) || !toks[i]!.cap) continue;
    const headNext = i + 1 < to && toks[i + 1]!.cap && TITLE_HEADS.has(toks[i + 1]!.lower);
    // Grow the org name: leading capitalized words, trailing "of the X ..." complement.
    let s = i;
    while (
      s > from &&
      toks[s - 1]!.cap &&
      !lookupCountry(toks[s - 1]!.text) &&
      !TITLE_HEADS.has(toks[s - 1]!.lower) &&
      !toks[s - 1]!.possessive
    )
      s--;
    let e = i + 1;
    while (
      !headNext &&
      e < to &&
      (toks[e]!.cap ||
        (CONNECTORS.has(toks[e]!.lower) && e + 1 < to && (toks[e + 1]!.cap || toks[e + 1]!.lower === 'the')))
    ) {
      if (lookupCountry(toks[e]!.text) && toks[e - 1]?.lower === 'of') break;
      if (toks[e]!.lower === 'and' && titleFollows(toks, e + 1, to)) break;
      e++;
    }
    while (e > i + 1 && CONNECTORS.has(toks[e - 1]!.lower)) e--;
    const name = sliceText(text, toks, s, e).replace(/ of( the)?$/, '');
    if (name.split(' ').length === 1 && !/^(Cabinet|Politburo|Pentagon)$/.test(name)) continue;
    // "US Northern Command", "the Chinese Foreign Ministry": a state right before the body's name is its state;
    // "the Ministry of External Affairs" names one state's ministry by itself.
    const before = s > from ? lookupCountry(toks[s - 1]!.text) : null;
    const own =
      country ??
      (before
        ? countryOf(before.code, null, toks[s - 1]!.text)
        : ministryState(canonicalOrgName(name, null)));
    const canonical = canonicalOrgName(name, own);
    const ref = { name, canonical, kind: orgKind(canonical), country: own };
    if (!headNext) return ref;
    beforeHead ??= ref;
  }
  return beforeHead;
}

/** "Korea" in a DPRK publication means the DPRK. */
export function countryOf(code: string, publisherCountry: string | null, text: string): string {
  if (publisherCountry === 'KP' && code === 'KR' && /^Korean?$/.test(text)) return 'KP';
  return code;
}
