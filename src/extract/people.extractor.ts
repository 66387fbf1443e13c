// People: name mentions with a title before them, in apposition after them, or a country before them;
// later mentions by surname or title resolve to the full name within the article.
import { foldName, personKey } from '../domain/names';
import { lookupCountry, matchCountries } from './country-gazetteer';
import { COMPLEMENT_END, MONTHS, ORG_WORDS, STOP_CAPS, WEAK_TITLES, WEEKDAYS } from './lexicon.data';
import { isTitleWord, parseAppositionTitle, parseLeftTitle, type OrgRef } from './title-parser';
import type { Token } from './tokenizer';

export interface PersonMention {
  sentence: number;
  /** token range of the name */
  from: number;
  to: number;
  start: number;
  end: number;
  name: string;
  tokens: string[];
  title: string | null;
  rank: string | null;
  country: string | null;
  org: OrgRef | null;
  possessive: boolean;
  /** the title came from a lowercase apposition ("member of ..., premier of ...") */
  appositive: boolean;
  /** resolved person index */
  person: number;
}

export interface Person {
  name: string;
  aliases: string[];
  title: string | null;
  rank: string | null;
  country: string | null;
  org: OrgRef | null;
  mentions: PersonMention[];
  keyTokens: Set<string>;
}

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

function titleScore(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const ta = new Set(
    a
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean),
  );
  const tb = b
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  let n = 0;
  for (const t of tb) if (ta.has(t)) n++;
  return n / Math.max(ta.size, tb.length);
}

function isWeak(title: string | null): boolean {
  if (!title) return true;
  const words = title.toLowerCase().split(/[\s-]+/);
  return WEAK_TITLES.has(words[words.length - 1]!) || WEAK_TITLES.has(words[0]!);
}

function keyTokens(tokens: string[]): Set<string> {
  return new Set(tokens.filter((t) => !/^[A-Z]\.$/.test(t)).map((t) => foldName(t)));
}

/** Groups mentions into people: full names by key/subset, single names by surname with title and country as tie-breakers. */
export function resolvePeople(mentions: PersonMention[], headlineTitles: Map<string, string>): Person[] {
  const people: Person[] = [];
  const full = mentions.filter((m) => m.tokens.filter((t) => !/^[A-Z]\.$/.test(t)).length >= 2);
  const single = mentions.filter((m) => !full.includes(m));
  for (const m of full) {
    const key = personKey(m.name);
    const kt = keyTokens(m.tokens);
    let p = people.find((x) => personKey(x.name) === key || x.aliases.some((a) => personKey(a) === key));
    if (!p) {
      p = people.find((x) => {
        const small = kt.size <= x.keyTokens.size ? kt : x.keyTokens;
        const big = small === kt ? x.keyTokens : kt;
        return small.size >= 2 && [...small].every((t) => big.has(t));
      });
    }
    if (!p) {
      p = {
        name: m.name,
        aliases: [],
        title: null,
        rank: null,
        country: null,
        org: null,
        mentions: [],
        keyTokens: kt,
      };
      people.push(p);
    } else if (kt.size > p.keyTokens.size) {
      p.aliases.push(p.name);
      p.name = m.name;
      p.keyTokens = kt;
    } else if (m.name !== p.name && !p.aliases.includes(m.name)) p.aliases.push(m.name);
    m.person = people.indexOf(p);
    p.mentions.push(m);
  }
  for (const m of single) {
    const tok = foldName(m.tokens[0] ?? m.name);
    const cands = people.filter((p) => p.keyTokens.has(tok) && p.keyTokens.size >= 2);
    let p: Person | undefined;
    if (cands.length === 1) p = cands[0];
    else if (cands.length > 1) {
      const scored = cands.map((c) => ({
        c,
        s:
          Math.max(0, ...c.mentions.map((x) => titleScore(x.title, m.title))) +
          (m.country && c.mentions.some((x) => x.country === m.country) ? 0.5 : 0) +
          (m.country && c.mentions.some((x) => x.country && x.country !== m.country) ? -0.5 : 0),
      }));
      scored.sort((a, b) => b.s - a.s);
      p = scored[0]!.c;
    }
    if (!p) p = people.find((x) => x.keyTokens.size === 1 && x.keyTokens.has(tok));
    if (!p) {
      p = {
        name: m.name,
        aliases: [],
        title: null,
        rank: null,
        country: null,
        org: null,
        mentions: [],
        keyTokens: new Set([tok]),
      };
      people.push(p);
    }
    m.person = people.indexOf(p);
    p.mentions.push(m);
  }
  for (const p of people) {
    const titled = p.mentions.filter((m) => m.title);
    const strong = titled.filter((m) => !isWeak(m.title));
    const pool = strong.length ? strong : titled;
    // The fullest title the article gives; the headline's title wins for apposition lists ("member of ..., premier of ...").
    let best: PersonMention | undefined;
    for (const m of pool)
      if (!best || (m.title!.split(' ').length > best.title!.split(' ').length && m.title!.length < 120))
        best = m;
    const head =
      headlineTitles.get(foldName(p.name)) ??
      [...p.aliases].map((a) => headlineTitles.get(foldName(a))).find(Boolean);
    p.title = strong.length ? best!.title : (head ?? null);
    if (head && best?.appositive && !isWeak(head)) p.title = head;
    p.rank = p.mentions.find((m) => m.rank)?.rank ?? null;
    p.country = best?.country ?? p.mentions.find((m) => m.country)?.country ?? null;
    p.org = best?.org ?? p.mentions.find((m) => m.org)?.org ?? null;
    // Other common forms: the other order of a two-part name, and the name without middle initials or suffix.
    const parts = p.name.replace(/,? (Jr|Jnr|Sr)\.?$/, '').split(' ');
    const variants = new Set<string>();
    if (parts.length === 2) variants.add(`${parts[1]} ${parts[0]}`);
    const noInitials = parts.filter((x) => !/^[A-Z]\.$/.test(x)).join(' ');
    if (noInitials !== p.name) variants.add(noInitials);
    if (parts.join(' ') !== p.name) variants.add(parts.join(' '));
    for (const v of variants) if (v !== p.name && !p.aliases.includes(v)) p.aliases.push(v);
  }
  return people;
}
