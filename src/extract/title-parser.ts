// Title phrases: which tokens form a title, its country prefix, its complement and the organization it implies.
import { lookupCountry, matchCountries } from './country-gazetteer';
import {
  COMPLEMENT_END,
  HONORIFICS,
  ORG_WORDS,
  PERSON_VERBS,
  PORTFOLIO,
  PRIVATE_HEADS,
  RANKS,
  TITLE_HEADS,
  TITLE_MODS,
  US_ONLY_TITLE,
  WEAK_TITLES,
} from './lexicon.data';
import { bodyState, canonicalOrgName, orgForTitle, orgKind, type OrgRef } from './organization-names';
import type { Token } from './tokenizer';

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', "'"]);
const TRANSIENT = new Set([
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
const ORDINALS = new Set(['first', 'second', 'third']);
const SUB_UNITS = new Set(['department', 'bureau', 'division', 'directorate', 'section', 'secretariat']);
const LEGISLATURES = new Set(['assembly', 'parliament', 'congress', 'senate', 'house', 'diet', 'duma']);
const FIELD_STOP = new Set([
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
function isFieldWord(t: Token | undefined): boolean {
  return (
    !!t &&
    t.word &&
    !t.cap &&
    !FIELD_STOP.has(t.lower) &&
    !CONNECTORS.has(t.lower) &&
    !PERSON_VERBS.has(t.lower)
  );
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

function titleCase(s: string): string {
  if (/[A-Z]/.test(s)) return s;
  return s.replace(/\b([a-z])([a-z-]*)/g, (w, a: string, b: string) =>
    /^(of|for|the|and|on|in)$/.test(w)
      ? w
      : a.toUpperCase() + b.replace(/-([a-z])/g, (_m, c: string) => '-' + c.toUpperCase()),
  );
}

function sliceText(text: string, toks: readonly Token[], from: number, to: number): string {
  if (from >= to) return '';
  return text.slice(toks[from]!.start, toks[to - 1]!.end + (toks[to - 1]!.possessive ? 0 : 0));
}

function orgFromSpan(
  text: string,
  toks: readonly Token[],
  from: number,
  to: number,
  country: string | null,
): OrgRef | null {
  for (let i = from; i < to; i++) {
    if (!ORG_WORDS.has(toks[i]!.lower) || !toks[i]!.cap) continue;
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
      e < to &&
      (toks[e]!.cap ||
        (CONNECTORS.has(toks[e]!.lower) && e + 1 < to && (toks[e + 1]!.cap || toks[e + 1]!.lower === 'the')))
    ) {
      if (lookupCountry(toks[e]!.text) && toks[e - 1]?.lower === 'of') break;
      e++;
    }
    while (e > i + 1 && CONNECTORS.has(toks[e - 1]!.lower)) e--;
    const name = sliceText(text, toks, s, e).replace(/ of( the)?$/, '');
    if (name.split(' ').length === 1 && !/^(Cabinet|Politburo|Pentagon)$/.test(name)) continue;
    // "US Northern Command", "the Chinese Foreign Ministry": a state right before the body's name is its state.
    const before = s > from ? lookupCountry(toks[s - 1]!.text) : null;
    const own = country ?? (before ? countryOf(before.code, null, toks[s - 1]!.text) : null);
    const canonical = canonicalOrgName(name, own);
    return { name, canonical, kind: orgKind(canonical), country: own };
  }
  return null;
}

/**
 * Parses the title that ends right before token `nameStart` (walking left over title words, capitalized
 * complement words and connectors, stopping at `barrier`).
 */
export function parseLeftTitle(
  text: string,
  toks: readonly Token[],
  nameStart: number,
  barrier: number,
  publisherCountry: string | null,
): ParsedTitle | null {
  let i = nameStart - 1;
  // "the Minister for Trade, Dr Anna Wells": an honorific between title and name is transparent.
  const honorific = i > barrier && HONORIFICS.has(toks[i]!.lower);
  if (honorific) i--;
  // "his Chinese counterpart, Ma Zhaoxu," — the title may be separated from the name by one comma.
  const comma = i >= 0 && toks[i]!.text === ',';
  if (comma) i--;
  const spanEnd = i + 1;
  let left = spanEnd;
  while (i >= barrier) {
    const t = toks[i]!;
    if (t.possessive && i !== spanEnd - 1) {
      // "South Korea's First Vice ..." — a possessive country opens the span; anything else ends it.
      if (lookupCountry(t.text) || (i > barrier && lookupCountry(`${toks[i - 1]!.text} ${t.text}`))) {
        left = i;
        if (i > barrier && lookupCountry(`${toks[i - 1]!.text} ${t.text}`)) left = i - 1;
      }
      break;
    }
    if (t.possessive) {
      // "Russia's Vladimir Putin": a possessive state right before the name is the person's state.
      const two = i > barrier ? lookupCountry(`${toks[i - 1]!.text} ${t.text}`) : null;
      const c = two ?? lookupCountry(t.text);
      if (c && c.kind !== 'demonym')
        return {
          title: null,
          rank: null,
          country: countryOf(c.code, publisherCountry, t.text),
          org: null,
          from: two ? i - 1 : i,
        };
      break;
    }
    // "Hamas delegation representative X": a lowercase body noun after a capitalized name belongs to the span.
    const bodyNoun = !t.cap && ORG_WORDS.has(t.lower) && i > barrier && toks[i - 1]!.cap;
    if (
      t.word &&
      (t.cap || isTitleWord(t) || CONNECTORS.has(t.lower) || t.lower === 'visiting' || bodyNoun)
    ) {
      left = i;
      i--;
      continue;
    }
    if ((t.text === '(' || t.text === ')') && i > barrier) {
      left = i;
      i--;
      continue;
    }
    if (t.text === '-' || t.hyphen) {
      left = i;
      i--;
      continue;
    }
    // "Hungary's far-right Prime Minister X": a state's possessive across up to three lowercase epithet words.
    if (left < spanEnd) left = possessiveStateBefore(toks, i, barrier) ?? left;
    break;
  }
  if (left >= spanEnd) return null;
  const end = spanEnd;
  // First title token: a modifier or head, or a portfolio word followed by one.
  let k = -1;
  for (let j = left; j < end; j++) {
    const t = toks[j]!;
    if (TITLE_HEADS.has(t.lower) || TITLE_MODS.has(t.lower)) {
      // "Under President X" is a preposition; "Under Secretary" is a title.
      if (t.lower === 'under' && toks[j + 1]?.lower !== 'secretary') continue;
      if (
        t.lower === 'general' &&
        toks[j + 1] &&
        TITLE_HEADS.has(toks[j + 1]!.lower) &&
        j > left &&
        /^(director|attorney|secretary|consul)$/.test(toks[j - 1]!.lower)
      )
        continue;
      k = j;
      break;
    }
    if (
      PORTFOLIO.has(t.lower) &&
      toks[j + 1] &&
      (TITLE_HEADS.has(toks[j + 1]!.lower) || TITLE_MODS.has(toks[j + 1]!.lower))
    ) {
      k = j;
      break;
    }
  }
  if (k < 0) {
    // No title, but a country right before the name ("Russia's Vladimir Putin"); "... on Israel, Trump said" is not one.
    if (comma) return null;
    const cs = matchCountries(toks.slice(left, end).map((t) => t.text));
    const last = cs[cs.length - 1];
    if (last && last.to === end - left)
      return {
        title: null,
        rank: null,
        country: countryOf(last.code, publisherCountry, toks[left + last.from]!.text),
        org: null,
        from: left + last.from,
      };
    return null;
  }
  // The title must contain a head and not end on a connector.
  let hasHead = false;
  for (let j = k; j < end; j++) if (TITLE_HEADS.has(toks[j]!.lower)) hasHead = true;
  if (!hasHead) return null;
  let tEnd = end;
  if (CONNECTORS.has(toks[tEnd - 1]!.lower) || toks[tEnd - 1]!.text === '(') return null;
  // "The Secretary and Foreign Minister Park": a leading "the" means the words before "and" are someone else.
  if (k > left && toks[k - 1]!.lower === 'the') {
    for (let j = end - 1; j > k; j--)
      if (toks[j]!.lower === 'and') {
        k = j + 1;
        break;
      }
  }
  if (toks[k]!.lower === 'and') k++;
  // "State Department spokesperson X": a body named before the head is the organization, not part of the title;
  // a legislature stays, since it makes the office ("National Assembly Representative", "House Speaker").
  let firstHeadAt = k;
  while (firstHeadAt < end && !TITLE_HEADS.has(toks[firstHeadAt]!.lower)) firstHeadAt++;
  for (let j = firstHeadAt - 1; j > k; j--)
    if (toks[j]!.cap && ORG_WORDS.has(toks[j]!.lower) && !LEGISLATURES.has(toks[j]!.lower)) {
      k = j + 1;
      break;
    }
  // A complement that runs on past its ending word belongs to something else: trim at the last complement end.
  let rank: string | null = null;
  // "Secretary General", "Director General": "General" after a head completes the title, it is no rank.
  const compoundGeneral =
    toks[tEnd - 1]!.lower === 'general' && tEnd - 2 >= k && TITLE_HEADS.has(toks[tEnd - 2]!.lower);
  if (tEnd - 1 > k && RANKS.has(toks[tEnd - 1]!.lower) && !compoundGeneral) {
    rank = toks[tEnd - 1]!.text;
    tEnd--;
  }
  // A name right after a complement must follow its end word ("Affairs", "DPRK", a head or rank), else it is inside it.
  const lastTitleTok = toks[tEnd - 1]!;
  let hasComplement = false;
  for (let j = k; j < tEnd; j++)
    if (toks[j]!.lower === 'for' || toks[j]!.lower === 'of') hasComplement = true;
  const lastCountry = lookupCountry(lastTitleTok.text);
  if (
    hasComplement &&
    !rank &&
    !TITLE_HEADS.has(lastTitleTok.lower) &&
    !COMPLEMENT_END.has(lastTitleTok.lower) &&
    !(lastCountry && lastCountry.kind !== 'demonym') &&
    lastTitleTok.text !== ')'
  ) {
    return null;
  }
  let prefixFrom = left;
  for (let j = k - 1; j >= left; j--)
    if (toks[j]!.lower === 'and' || toks[j]!.text === ',') {
      prefixFrom = j + 1;
      break;
    }
  const prefix = matchCountries(toks.slice(prefixFrom, k).map((t) => t.text));
  let country: string | null = null;
  // "a North Korea analyst" studies the state; only a demonym ("a Chinese analyst") gives a private person's.
  const privateTitle = toks.slice(k, tEnd).some((t) => PRIVATE_HEADS.has(t.lower));
  const lastPrefix = prefix.filter((c) => !privateTitle || c.kind === 'demonym').pop();
  if (lastPrefix)
    country = countryOf(lastPrefix.code, publisherCountry, toks[prefixFrom + lastPrefix.from]!.text);
  // "... of the Republic of Belarus" at the end of the title names the person's state.
  const inner = matchCountries(toks.slice(k, tEnd).map((t) => t.text));
  let titleTo = tEnd;
  for (const c of inner) {
    const before = toks[k + c.from - 1]?.lower === 'the' ? toks[k + c.from - 2] : toks[k + c.from - 1];
    if (before?.lower === 'of' && k + c.to === tEnd) {
      if (!country) country = countryOf(c.code, publisherCountry, toks[k + c.from]!.text);
      titleTo = k + c.from - (toks[k + c.from - 1]?.lower === 'the' ? 2 : 1);
    }
  }
  const prefixOrg = orgFromSpan(text, toks, left, k, country);
  const complementOrg = orgFromSpan(text, toks, k, titleTo, country);
  if (!country && complementOrg?.country) country = complementOrg.country;
  // "Hamas delegation representative X": an office in a party or movement of one state.
  if (!country && !privateTitle) country = bodyState(text.slice(toks[left]!.start, toks[titleTo - 1]!.end));
  // Country adjectives inside the title ("former Japanese Prime Minister") are dropped from it.
  const parts: string[] = [];
  let firstHead = titleTo;
  for (let j = k; j < titleTo; j++)
    if (TITLE_HEADS.has(toks[j]!.lower)) {
      firstHead = j;
      break;
    }
  for (let j = k; j < titleTo; j++) {
    const t = toks[j]!;
    const c = lookupCountry(t.text);
    if (c && c.kind === 'demonym' && j > k && j < firstHead) {
      if (!country) country = countryOf(c.code, publisherCountry, t.text);
      continue;
    }
    parts.push(text.slice(t.start, t.end));
    if (j + 1 < titleTo) parts.push(text.slice(t.end, toks[j + 1]!.start).replace(/\s+/g, ' '));
  }
  let title = parts
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/ ,/g, ',')
    .trim();
  title = primaryTitle(
    title
      .replace(/\s*\(.*?\)\s*/g, ' ')
      .replace(/[()]/g, '')
      .trim(),
  );
  if (!country && US_ONLY_TITLE.test(title)) country = 'US';
  const org = orgForTitle(title, country, complementOrg ?? prefixOrg);
  if (rank && !title) title = rank;
  // "the head of US Northern Command, Gen. X": a rank alone before the name leaves the office to the phrase before the comma.
  const onlyRank =
    rank && title === rank ? rank : tEnd - k === 1 && RANKS.has(toks[k]!.lower) ? toks[k]!.text : null;
  if (onlyRank && toks[left - 1]?.text === ',' && left - 1 > barrier) {
    const office = parseLeftTitle(text, toks, left - 1, barrier, publisherCountry);
    if (office?.title) return { ...office, rank: onlyRank, country: office.country ?? country };
  }
  return { title: titleCase(expandTitle(title)), rank, country, org, from: left };
}

/** The index of a possessive state ending before lowercase words `toks[i-n+1..i]` (n <= 3), else null. */
function possessiveStateBefore(toks: readonly Token[], i: number, barrier: number): number | null {
  for (let j = i; j >= Math.max(barrier, i - 3); j--) {
    const t = toks[j]!;
    if (t.possessive) {
      if (j === i) return null;
      const two = j > barrier ? lookupCountry(`${toks[j - 1]!.text} ${t.text}`) : null;
      if (two) return j - 1;
      return lookupCountry(t.text)?.kind === 'name' ? j : null;
    }
    if (!(t.word && !t.cap) && t.text !== '-') return null;
  }
  return null;
}

/** "candidate and former President", "president and party leader": of offices joined by "and", a generic one
 *  ("candidate", "leader") gives way; "Minister of Trade and Industry" has one office and stays whole. */
function primaryTitle(title: string): string {
  const parts = title.split(/ and /i);
  if (parts.length < 2 || / (?:of|for) /i.test(parts.slice(0, -1).join(' '))) return title;
  const headOf = (p: string): string | undefined =>
    p
      .toLowerCase()
      .split(/[^a-z-]+/)
      .filter((w) => TITLE_HEADS.has(w))
      .pop();
  if (!parts.every((p) => headOf(p))) return title;
  const specific = parts.filter((p) => !WEAK_TITLES.has(headOf(p)!));
  // Two specific offices ("State Councilor and Foreign Minister") are one combined title.
  return specific.length === parts.length ? title : (specific[0] ?? parts[0]!);
}

const ABBREVIATED: Record<string, string> = {
  'Sen.': 'Senator',
  'Gen.': 'General',
  'Rep.': 'Representative',
  'Gov.': 'Governor',
  'Adm.': 'Admiral',
  'Amb.': 'Ambassador',
  'Lt.': 'Lieutenant',
  'Col.': 'Colonel',
};

function expandTitle(title: string): string {
  return title
    .replace(/\b(Sen|Gen|Rep|Gov|Adm|Amb|Lt|Col)\./g, (m) => ABBREVIATED[m] ?? m)
    .replace(/^(?:counterpart|leader) (?=[A-Z])/i, '');
}

/** "Korea" in a DPRK publication means the DPRK. */
export function countryOf(code: string, publisherCountry: string | null, text: string): string {
  if (publisherCountry === 'KP' && code === 'KR' && /^Korean?$/.test(text)) return 'KP';
  return code;
}

/** Parses an apposition title ("general secretary of the Workers' Party of Korea", "a spokesperson for the ministry"). */
export function parseAppositionTitle(
  text: string,
  toks: readonly Token[],
  from: number,
  publisherCountry: string | null,
): { parsed: ParsedTitle; to: number } | null {
  let i = from;
  if (toks[i] && /^(a|an|the)$/.test(toks[i]!.lower)) i++;
  let k = i;
  // Before the head: modifiers, portfolios, demonyms and up to four capitalized words ("a senior Gulf analyst").
  let caps = 0;
  while (
    toks[i] &&
    (TITLE_MODS.has(toks[i]!.lower) ||
      PORTFOLIO.has(toks[i]!.lower) ||
      lookupCountry(toks[i]!.text)?.kind === 'demonym' ||
      (!TITLE_HEADS.has(toks[i]!.lower) &&
        ((toks[i]!.possessive && i - k < 3) || (toks[i]!.cap && ++caps <= 4))))
  )
    i++;
  if (!toks[i] || !TITLE_HEADS.has(toks[i]!.lower)) return null;
  // An owner before the title ("the bloc's top diplomat", "the State Department spokesman") is not part of it.
  let owner = -1;
  for (let j = k; j < i; j++)
    if (toks[j]!.possessive || (toks[j]!.cap && ORG_WORDS.has(toks[j]!.lower))) owner = j;
  const ownerFrom = k;
  if (owner >= 0) k = owner + 1;
  while (toks[i] && TITLE_HEADS.has(toks[i]!.lower)) i++;
  // "charge d'affaires ad interim"
  if (toks[i]?.lower === 'ad' && toks[i + 1]?.lower === 'interim') i += 2;
  const headEnd = i;
  // "the current secretary-general", "the first French president to visit": time and rank words of the
  // sentence, not of the office ("First Vice Minister" keeps its "First": no state adjective follows it).
  while (
    k < headEnd - 1 &&
    (TRANSIENT.has(toks[k]!.lower) ||
      (ORDINALS.has(toks[k]!.lower) && lookupCountry(toks[k + 1]!.text)?.kind === 'demonym'))
  )
    k++;
  const privateTitle = toks.slice(k, headEnd).some((t) => PRIVATE_HEADS.has(t.lower));
  // A capitalized name right after the title means it is the next person's title, not an apposition.
  if (toks[i] && toks[i]!.cap && !/^(of|for)$/i.test(toks[i]!.lower)) return null;
  // complement: "of/for (the) X ..." up to a comma, clause end or a lowercase word that is not a connector;
  // "of" and lowercase words name a field ("professor of political science").
  let e = i;
  if (toks[i]?.lower === 'of' && isFieldWord(toks[i + 1])) {
    e = i + 1;
    while (e < i + 5 && isFieldWord(toks[e])) e++;
  } else
    while (
      e === i
        ? toks[e] && /^(of|for)$/.test(toks[e]!.lower)
        : toks[e] &&
          (toks[e]!.cap || CONNECTORS.has(toks[e]!.lower) || toks[e]!.hyphen || toks[e]!.text === '-')
    ) {
      if (toks[e]!.lower === 'and' && toks[e + 1] && !toks[e + 1]!.cap) break;
      // "... for the DPRK Ambassador Sung Kim", "of French President X": a title before a name opens the next
      // person, with the modifiers and state adjective in front of it.
      if (TITLE_HEADS.has(toks[e]!.lower) && toks[e + 1]?.cap && !isTitleWord(toks[e + 1]!)) {
        while (
          e > i + 1 &&
          (isTitleWord(toks[e - 1]!) || lookupCountry(toks[e - 1]!.text)?.kind === 'demonym')
        )
          e--;
        break;
      }
      e++;
    }
  while (e > i && (CONNECTORS.has(toks[e - 1]!.lower) || toks[e - 1]!.text === '-')) e--;
  // "member of Russia's parliament": the possessive is the state; the noun after it completes the title.
  const owned =
    toks[e - 1]?.possessive && toks[e - 2]?.lower === 'of' ? lookupCountry(toks[e - 1]!.text) : null;
  if (owned && toks[e]?.word && !toks[e]!.cap && e - 1 > headEnd) {
    const head = text.slice(toks[k]!.start, toks[e - 2]!.end);
    return {
      parsed: {
        title: titleCase(`${head} ${toks[e]!.text}`),
        rank: null,
        country: countryOf(owned.code, publisherCountry, toks[e - 1]!.text),
        org: null,
        from,
      },
      to: e + 1,
    };
  }
  // "Hamas, the official said": the words are the subject of a speech verb, not an apposition.
  if (toks[e] && PERSON_VERBS.has(toks[e]!.lower)) return null;
  const inner = matchCountries(toks.slice(k, e).map((t) => t.text));
  let country: string | null = null;
  let titleTo = e;
  for (const c of inner) {
    const pre = toks[k + c.from - 1];
    const pre2 = pre?.lower === 'the' ? toks[k + c.from - 2] : pre;
    if (pre2?.lower === 'of' && k + c.to === e) {
      country = countryOf(c.code, publisherCountry, toks[k + c.from]!.text);
      titleTo = k + c.from - (pre?.lower === 'the' ? 2 : 1);
    } else if (c.kind === 'demonym' && !country && k + c.from < headEnd)
      country = countryOf(c.code, publisherCountry, toks[k + c.from]!.text);
  }
  // An owner's state: "the Chinese Foreign Ministry's spokesman"; a private person's only from a demonym.
  if (!country && owner >= 0) {
    const own = matchCountries(toks.slice(ownerFrom, k).map((t) => t.text)).filter(
      (c) => !privateTitle || c.kind === 'demonym',
    );
    if (own[0]) country = countryOf(own[0].code, publisherCountry, toks[ownerFrom + own[0].from]!.text);
  }
  // "..., Deputy Director-General for X from South Korea's Foreign Ministry" / "at the Chinese Ministry"
  if (!country && !privateTitle && toks[e] && /^(from|at|of|in)$/.test(toks[e]!.lower)) {
    const after = matchCountries(toks.slice(e + 1, e + 5).map((t) => t.text));
    if (after[0]) country = countryOf(after[0].code, publisherCountry, toks[e + 1 + after[0].from]!.text);
  }
  let org = orgFromSpan(text, toks, i, titleTo, country);
  // "a spokesman for the Chinese Foreign Ministry": the body's state is the person's.
  if (!country && org) {
    const at = toks.findIndex((t, j) => j >= i && j < titleTo && text.slice(t.start).startsWith(org!.name));
    const c = at > 0 ? lookupCountry(toks[at - 1]!.text) : null;
    if (c) {
      country = countryOf(c.code, publisherCountry, toks[at - 1]!.text);
      org = { ...org, country };
    }
  }
  if (!org && owner >= 0) org = orgFromSpan(text, toks, ownerFrom, k, country);
  // "a senior analyst at the Lowell Institute": where a private person works.
  if (!org && privateTitle && toks[e] && /^(at|with|for)$/.test(toks[e]!.lower))
    org = orgFromSpan(text, toks, e + 1, Math.min(toks.length, e + 9), null);
  // The organization ends the title: "general secretary of the Workers' Party of Korea" → "General Secretary".
  // A unit of a body stays in the title, its parent body does not ("director of the International Department").
  let tTo = titleTo;
  let unit = -1;
  for (let j = i; j < titleTo && unit < 0; j++) if (toks[j]!.cap && SUB_UNITS.has(toks[j]!.lower)) unit = j;
  // "the Department of North American Affairs" is named after it: the whole complement is its name.
  if (unit >= 0 && toks[unit - 1]!.cap) tTo = unit + 1;
  else if (unit < 0 && org && !toks[k]!.cap) {
    for (let j = i; j < titleTo; j++)
      if (toks[j]!.lower === 'of' || toks[j]!.lower === 'for') {
        const rest = text.slice(toks[j + 1]!.start, toks[titleTo - 1]!.end);
        if (rest.includes(org.name)) {
          tTo = j;
          break;
        }
      }
  }
  let title = text.slice(toks[k]!.start, toks[tTo - 1]!.end);
  for (let j = k; j < Math.min(tTo, headEnd); j++)
    if (lookupCountry(toks[j]!.text)?.kind === 'demonym') title = title.replace(toks[j]!.text + ' ', '');
  if (!country && US_ONLY_TITLE.test(title)) country = 'US';
  if (!country && !privateTitle)
    country = bodyState(text.slice(toks[from]!.start, toks[Math.max(from, e - 1)]!.end));
  const fullOrg = orgForTitle(title, country, org);
  return { parsed: { title: titleCase(title), rank: null, country, org: fullOrg, from }, to: e };
}
