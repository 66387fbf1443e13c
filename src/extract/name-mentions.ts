// Person mentions in one sentence: a name with a title before it, in apposition after it, or a country before it,
// or a bare name followed by a speech verb or already known from the article.
import { foldName } from '../domain/names';
import { lookupCountry, matchCountries } from './country-gazetteer';
import { COMPLEMENT_END, MONTHS, ORG_WORDS, STOP_CAPS, WEEKDAYS } from './lexicon.data';
import type { PersonMention } from './people.types';
import { isTitleWord, parseAppositionTitle, parseLeftTitle } from './title-parser';
import type { Token } from './tokenizer';

const NOT_NAME = new Set<string>([...MONTHS, ...WEEKDAYS, ...[...STOP_CAPS].map((s) => s.toLowerCase())]);
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
  'al',
  'la',
  'le',
  'ibn',
]);
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'met',
  'added',
  'noted',
  'stressed',
  'urged',
  'warned',
  'visited',
  'received',
  'spoke',
  'stated',
  'wrote',
  'announced',
  'insisted',
  'hailed',
]);
const SUFFIX = /^(Jr\.?|Jnr\.?|Sr\.?|II|III|IV)$/;

function nameToken(t: Token | undefined): boolean {
  if (!t || !t.word || !t.cap) return false;
  if (NOT_NAME.has(t.lower) || ORG_WORDS.has(t.lower) || COMPLEMENT_END.has(t.lower) || isTitleWord(t))
    return false;
  if (/^[A-Z]{3,}$/.test(t.text)) return false;
  if (lookupCountry(t.text)) return false;
  return true;
}

function isInitial(t: Token | undefined): boolean {
  return !!t && /^[A-Z]\.$/.test(t.text);
}

export interface SentenceTokens {
  index: number;
  toks: Token[];
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
    if (!nameToken(t) || isInitial(t) || (toks[i - 1]?.hyphen === false && toks[i]!.hyphen)) {
      i++;
      continue;
    }
    // Extend the name: name tokens, initials, particles between names; stop at possessive.
    let j = i + 1;
    if (!t.possessive) {
      while (j < toks.length && j - i < 5) {
        const u = toks[j]!;
        if (u.hyphen) break;
        if (nameToken(u) || isInitial(u) || (/^[A-Z]{2}$/.test(toks[j - 1]!.text) && nameToken(u))) {
          j++;
          if (u.possessive) break;
          continue;
        }
        if (PARTICLES.has(u.text) && nameToken(toks[j + 1])) {
          j++;
          continue;
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
    }
    // "JD Vance": a two-letter all-caps first token only counts with a name after it.
    const nameToks = toks.slice(i, j);
    const last = toks[j - 1]!;
    const nameStart = t.start;
    const nameEnd = last.end;
    const name = text.slice(nameStart, nameEnd).replace(/['’]s$/, '');
    const left = parseLeftTitle(text, toks, i, barrier, publisherCountry);
    let parsed = left;
    let consumedTo = j;
    // Apposition: "Kim Tok Hun, member of ...", "Zhang Xiaogang, a spokesperson for the ministry".
    // A capitalized title after a titled name opens the next list item ("A, Philippine Undersecretary B"), not an apposition.
    const listItem = !!left?.title && !!toks[j + 1]?.cap;
    if (toks[j]?.text === ',' && !last.possessive && !listItem) {
      const app = parseAppositionTitle(text, toks, j + 1, publisherCountry);
      if (app) {
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
    if (toks[j] && toks[j]!.cap && ORG_WORDS.has(toks[j]!.lower)) {
      i = j;
      continue;
    }
    const tokensText = nameToks.map((x) => x.text).filter((x) => !SUFFIX.test(x) && x !== ',');
    const multi = tokensText.filter((x) => !/^[A-Z]\.$/.test(x)).length >= 2;
    const nextLower = toks[j]?.lower ?? '';
    const bareOk = multi
      ? SPEECH_VERBS.has(nextLower) || knownNames.has(foldName(name))
      : knownNames.has('#' + foldName(name));
    const titled = parsed && (parsed.title || (parsed.country && multi));
    if (titled || bareOk) {
      // "Minister X of Korea and Vice Minister Y": a coordinated title without a state shares the previous one's.
      const prev = out[out.length - 1];
      // "a delegation of the Russian Federation led by X": the delegation's state is X's.
      if (parsed && !parsed.country) {
        const back = toks.slice(Math.max(0, (parsed.from ?? i) - 14), parsed.from ?? i);
        if (
          back.some((x) => /^delegations?$/.test(x.lower)) &&
          /^led$/.test(back[back.length - 2]?.lower ?? '')
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
        country: parsed?.country ?? null,
        org: parsed?.org ?? null,
        possessive: last.possessive,
        appositive: !!parsed && parsed !== left && !!parsed.title && consumedTo > j,
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
