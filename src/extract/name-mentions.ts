// Person mentions in one sentence: a name with a title before it, in apposition after it, or a country before it,
// or a bare name followed by a speech verb or already known from the article.
import { foldName } from '../domain/names';
import { lookupCountry, matchCountries } from './country-gazetteer';
import {
  COMPLEMENT_END,
  EVENT_NOUNS,
  HONORIFICS,
  INTERNATIONAL_BODY_RE,
  POST_NOMINALS,
  MONTHS,
  ORG_WORDS,
  PERSON_VERBS,
  PLACE_MEDIA_WORDS,
  PLACE_SURNAMES,
  PORTFOLIO,
  SPEAKER_BEFORE,
  STOP_CAPS,
  TITLE_MODS,
  VERB_ADVERBS,
  WEEKDAYS,
} from './lexicon.data';
import { isGivenName } from './given-names';
import type { PersonMention } from './people.types';
import { parseAppositionTitle } from './title-apposition';
import { parseLeftTitle } from './title-parser';
import { isPluralTitleHead, isTitleWord } from './title-words';
import type { Token } from './tokenizer';

const NOT_NAME = new Set<string>([
  ...MONTHS,
  ...WEEKDAYS,
  ...[...STOP_CAPS].map((s) => s.toLowerCase()),
  ...PLACE_MEDIA_WORDS,
  ...HONORIFICS,
  ...POST_NOMINALS,
  ...EVENT_NOUNS,
]);
const ADJECTIVE_ENDING = /(?:ish|ese|ian|ic|an)$/;
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'dos',
  'del',
  'di',
  'bin',
  'bint',
  'ben',
  'al',
  'el',
  'ul',
  'du',
  'des',
  'ter',
  'la',
  'le',
  'ibn',
]);
const SUFFIX = /^(Jr\.?|Jnr\.?|Sr\.?|II|III|IV)$/;

function nameToken(t: Token | undefined): boolean {
  if (!t || !t.word || !t.cap) return false;
  if (
    NOT_NAME.has(t.lower) ||
    ORG_WORDS.has(t.lower) ||
    COMPLEMENT_END.has(t.lower) ||
    isTitleWord(t) ||
    pluralTitleHead(t)
  )
    return false;
  if (/^[A-Z]{3,}$/.test(t.text)) return false;
  if (lookupCountry(t.text)) return false;
  return true;
}

function isInitial(t: Token | undefined): boolean {
  return !!t && /^[A-Z]\.$/.test(t.text);
}

/** "S. Jaishankar", "M. K. Stalin": one or two initials opening a name, after no name word. */
function initialsOpenName(toks: readonly Token[], i: number): boolean {
  if (!isInitial(toks[i]) || nameToken(toks[i - 1]) || isInitial(toks[i - 1])) return false;
  const k = isInitial(toks[i + 1]) ? i + 2 : i + 1;
  return nameToken(toks[k]) && !toks[k]!.hyphen;
}

/** A title head in the plural ("Leaders", "Envoys", "Secretaries"): never a name. */
function pluralTitleHead(t: Token | undefined): boolean {
  return !!t && isPluralTitleHead(t.lower);
}

/** "<run> Foreign Ministers", "<run> Leaders": a capitalized title in the plural at `j` makes the run before it a group's name. */
function pluralTitleAt(toks: readonly Token[], j: number): boolean {
  let k = j;
  while (k < j + 3 && toks[k]?.cap && (PORTFOLIO.has(toks[k]!.lower) || TITLE_MODS.has(toks[k]!.lower))) k++;
  return !!toks[k]?.cap && pluralTitleHead(toks[k]);
}

export interface SentenceTokens {
  index: number;
  toks: Token[];
  /** the sentence credits reporters ("X and Y contributed to this report"): its full names are people */
  credits?: boolean;
}

/** Where a name starting at token `i` ends (exclusive): name tokens, initials, particles ("von der", "bin", "al-"),
 *  hyphen joins inside a full name ("Dekel-Chen"), a quoted nickname and a suffix; the nickname's token range too. */
function extendName(toks: readonly Token[], i: number): { end: number; nick: [number, number] | null } {
  let j = i + 1;
  let nick: [number, number] | null = null;
  let firstJoin = -1;
  if (toks[i]!.possessive) return { end: j, nick };
  while (j < toks.length && j - i < 7) {
    const u = toks[j]!;
    const prev = toks[j - 1]!;
    if (u.hyphen) {
      if (!nameToken(u) || !(nameToken(prev) || PARTICLES.has(prev.lower))) break;
      if (firstJoin < 0 && !PARTICLES.has(prev.lower)) firstJoin = j;
      j++;
      if (u.possessive) break;
      continue;
    }
    if (nameToken(u) || isInitial(u)) {
      j++;
      if (u.possessive) break;
      continue;
    }
    // "von der Leyen", "bin Salman", "al-Sisi", "de la Cruz": up to two particles before a name token.
    let k = j;
    while (k < toks.length && k - j < 2 && PARTICLES.has(toks[k]!.text)) k++;
    if (k > j && nameToken(toks[k])) {
      j = k + 1;
      if (toks[k]!.possessive) break;
      continue;
    }
    // 'Ferdinand "Ferdy" Marcos': a quoted nickname of one or two words between names.
    if (u.text === '"' && toks[j + 1]?.cap) {
      const close = toks[j + 2]?.text === '"' ? j + 2 : toks[j + 3]?.text === '"' ? j + 3 : -1;
      if (close > 0 && nameToken(toks[close + 1])) {
        nick = [j, close + 1];
        j = close + 1;
        continue;
      }
    }
    if (SUFFIX.test(u.text)) {
      j++;
      break;
    }
    if (u.text === ',' && SUFFIX.test(toks[j + 1]?.text ?? '')) {
      j += 2;
      break;
    }
    break;
  }
  // "the Kern-Lind summit": a hyphen join makes a name only inside a full name of two words or more.
  if (firstJoin > 0) {
    let words = 0;
    for (let k = i; k < j; k++)
      if (!toks[k]!.hyphen && !PARTICLES.has(toks[k]!.text) && !isInitial(toks[k])) words++;
    if (words < 2) return { end: firstJoin, nick: null };
  }
  return { end: j, nick };
}

/** "Park Ji-hoon", "Lee Hae-chan": a short family name and a hyphenated romanized given name are a Korean name. */
function romanizedGiven(nameToks: readonly Token[]): boolean {
  return (
    nameToks.length === 2 &&
    /^[A-Z][a-z]{1,4}$/.test(nameToks[0]!.text) &&
    /^[A-Z][a-z]{1,5}-[a-z]{2,5}$/.test(nameToks[1]!.text)
  );
}

/** "Yoon, who succeeded Park Ji-hoon", "his predecessor X": an office holder's predecessor served the same state. */
function successorState(toks: readonly Token[], i: number, prev: PersonMention | undefined): string | null {
  if (!prev?.country || prev.sentence < 0) return null;
  return /^(succeeded|replaced|predecessor|successor)$/.test(toks[i - 1]?.lower ?? '') ? prev.country : null;
}

const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained', 'become']);

/** Where a predicate title starts after a copula right after a name ("has become the ...", "is a ..."), else -1. */
function copulaEnd(toks: readonly Token[], j: number): number {
  let k = j;
  if (/^(has|had|will|would)$/.test(toks[k]?.lower ?? '')) k++;
  if (!COPULAS.has(toks[k]?.lower ?? '')) return -1;
  return /^(a|an|the)$/.test(toks[k + 1]?.lower ?? '') ? k + 1 : -1;
}

/** Context that only a person fits around a full name: a verb of speech or action after it (across "also",
 *  "has"), ", who", or a quote's speaker or source word before it ("said X", "according to X"). */
function personCue(toks: readonly Token[], i: number, j: number): boolean {
  let k = j;
  if (toks[k]?.text === ',' && /^who(se)?$/.test(toks[k + 1]?.lower ?? '')) return true;
  while (k < j + 2 && VERB_ADVERBS.has(toks[k]?.lower ?? '')) k++;
  if (PERSON_VERBS.has(toks[k]?.lower ?? '') && toks[k]!.lower !== 'who') return true;
  const before = toks[i - 1]?.lower ?? '';
  if (before === 'to') return toks[i - 2]?.lower === 'according';
  return SPEAKER_BEFORE.has(before) && before !== 'according';
}

/** Finds person mentions in one sentence. */
export function findMentions(
  text: string,
  st: SentenceTokens,
  publisherCountry: string | null,
  knownNames: Set<string>,
): PersonMention[] {
  const toks = st.toks;
  const out: PersonMention[] = [];
  let barrier = 0;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (
      !(nameToken(t) || initialsOpenName(toks, i)) ||
      (isInitial(t) && !initialsOpenName(toks, i)) ||
      (toks[i - 1]?.hyphen === false && toks[i]!.hyphen)
    ) {
      i++;
      continue;
    }
    // "Dato' Sri X", "Datuk Seri X": after a Malay honorific, "Sri"/"Seri" is part of the style.
    const styleAt = /^['’]$/.test(toks[i - 1]?.text ?? '') ? i - 2 : i - 1;
    if (/^(?:sri|seri)$/.test(t.lower) && /^(?:dato|datuk|datin)$/.test(toks[styleAt]?.lower ?? '')) {
      i++;
      continue;
    }
    const { end: j, nick } = extendName(toks, i);
    // "Minister for Immigration and Border Protection Peter Hale": inside a title's complement, a run that goes on
    // into a common given name starts the person there.
    // (", and Ri Son Gwon, chairman of ...": a list's "and" after a comma opens a new item, inside no complement)
    if (
      /^(?:for|of|and)$/.test(toks[i - 1]?.lower ?? '') &&
      !(toks[i - 1]!.lower === 'and' && toks[i - 2]?.text === ',') &&
      !isGivenName(t.text)
    ) {
      let k = i + 1;
      while (k < j - 1 && !isGivenName(toks[k]!.text)) k++;
      if (k < j - 1) {
        i = k;
        continue;
      }
    }
    // "JB Harlow": a two-letter all-caps first token only counts with a name after it.
    const nameToks = toks.slice(i, j);
    const last = toks[j - 1]!;
    const nameStart = t.start;
    const nameEnd = last.end;
    const name = text
      .slice(nameStart, nameEnd)
      .replace(/['’]s$/, '')
      .replace(/\s+/g, ' ');
    const left = parseLeftTitle(text, toks, i, barrier, publisherCountry);
    let parsed = left;
    let consumedTo = j;
    // Apposition: "Ri Chol Su, member of ...", "Zhou Minghua, a spokesperson for the ministry".
    // A capitalized title after a titled name opens the next list item ("A, Philippine Undersecretary B"), not an apposition.
    const listItem = !!left?.title && !!toks[j + 1]?.cap;
    let appositionTitle = false;
    // "X has become the first French president": a predicate names the title too.
    const appAt = toks[j]?.text === ',' ? j + 1 : copulaEnd(toks, j);
    if (appAt > j && !last.possessive && !listItem) {
      const app = parseAppositionTitle(text, toks, appAt, publisherCountry);
      if (app) {
        appositionTitle = !parsed?.title;
        if (!parsed || !parsed.title)
          parsed = {
            ...app.parsed,
            from: parsed?.from ?? i,
            country: app.parsed.country ?? parsed?.country ?? null,
          };
        else if (!parsed.country && app.parsed.country) parsed = { ...parsed, country: app.parsed.country };
        consumedTo = app.to;
      }
    }
    // "President Xi Jinping of the People's Republic of China"
    if (parsed && toks[j]?.lower === 'of') {
      const k = toks[j + 1]?.lower === 'the' ? j + 2 : j + 1;
      for (let n = 6; n >= 1; n--) {
        const phrase = toks
          .slice(k, k + n)
          .map((x) => x.text)
          .join(' ');
        const c = lookupCountry(phrase);
        if (c && c.kind !== 'demonym') {
          parsed = { ...parsed, country: parsed.country ?? c.code };
          consumedTo = Math.max(consumedTo, k + n);
          break;
        }
      }
    }
    // "Policy Consultation Delegation", "Military Maritime Consultative Agreement": part of a body's name.
    if (
      (toks[j] && toks[j]!.cap && (ORG_WORDS.has(toks[j]!.lower) || PLACE_MEDIA_WORDS.has(toks[j]!.lower))) ||
      pluralTitleAt(toks, j)
    ) {
      i = j;
      continue;
    }
    const honorific = HONORIFICS.has(toks[i - 1]?.lower ?? '');
    const tokensText = nameToks
      .filter((_x, k) => !nick || i + k < nick[0] || i + k >= nick[1])
      .map((x) => x.text)
      .filter((x) => !SUFFIX.test(x) && x !== ',');
    const multi = tokensText.filter((x) => !/^[A-Z]\.$/.test(x)).length >= 2;
    // "Capitol Hill", "Terry Fox Post": a name ending on a place word is a place unless a title or honorific says otherwise.
    const placeLike = PLACE_SURNAMES.has(last.lower) && !honorific;
    const bareOk = multi
      ? !placeLike &&
        (st.credits ||
          honorific ||
          personCue(toks, i, j) ||
          knownNames.has(foldName(name)) ||
          // "Rina Vale" where "Ms Vale" is said elsewhere; "Jewish Vale" is an adjective before a name.
          (knownNames.has('#' + foldName(last.text)) && !ADJECTIVE_ENDING.test(toks[i]!.text)) ||
          isGivenName(toks[i]!.text) ||
          romanizedGiven(nameToks))
      : honorific || knownNames.has('#' + foldName(name));
    // "Today in Seoul, U.S. Special Envoy X": an apposition alone makes no single word a person.
    const weakSingle = !multi && appositionTitle && !honorific && !knownNames.has('#' + foldName(name));
    const titled = parsed && !weakSingle && (parsed.title || (parsed.country && multi && !placeLike));
    if (titled || bareOk) {
      // "Minister X of Korea and Vice Minister Y": a coordinated title without a state shares the previous one's.
      const prev = out[out.length - 1];
      // "a delegation of the Russian Federation led by X": the delegation's state is X's.
      if (parsed && !parsed.country) {
        const back = toks.slice(Math.max(0, (parsed.from ?? i) - 20), parsed.from ?? i);
        // "... led by X", "... led by its Minister X"
        const ledAt = back.map((x) => x.lower).lastIndexOf('led');
        if (
          back.some((x) => /^delegations?$/.test(x.lower)) &&
          ledAt >= back.length - 4 &&
          back[ledAt + 1]?.lower === 'by'
        ) {
          const cs = matchCountries(back.map((x) => x.text));
          const c = cs[cs.length - 1];
          if (c)
            parsed = {
              ...parsed,
              country: c.code,
              org: parsed.org ? { ...parsed.org, country: c.code } : null,
            };
        }
      }
      const lead = toks[parsed?.from ?? -1]?.lower === 'and' ? parsed!.from : (parsed?.from ?? 0) - 1;
      if (
        parsed &&
        !parsed.country &&
        // "US Secretary of State A, UN Secretary General B": an office above states shares no state.
        !INTERNATIONAL_BODY_RE.test(parsed.title ?? '') &&
        prev &&
        prev.country &&
        lead >= 0 &&
        /^(and|,)$/.test(toks[lead]?.lower ?? '') &&
        prev.to >= lead - 1
      ) {
        parsed = {
          ...parsed,
          country: prev.country,
          org: parsed.org ? { ...parsed.org, country: prev.country } : null,
        };
      }
      out.push({
        sentence: st.index,
        from: i,
        to: j,
        start: nameStart,
        end: nameEnd,
        name,
        tokens: tokensText,
        title: parsed?.title ?? null,
        rank: parsed?.rank ?? null,
        country: parsed?.country ?? successorState(toks, i, prev) ?? null,
        org: parsed?.org ?? null,
        possessive: last.possessive,
        appositive: appositionTitle && !!parsed?.title,
        person: -1,
      });
      barrier = Math.max(j, consumedTo);
      i = barrier;
      continue;
    }
    i = j;
  }
  return out;
}
