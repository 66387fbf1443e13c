// Title phrases: which tokens form a title, its country prefix, its complement and the organization it implies.
import { lookupCountry, lookupTerritory, matchCountries, seatState } from './country-gazetteer';
import {
  COMPLEMENT_END,
  HONORIFICS,
  INTERNATIONAL_BODY_RE,
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
import { isGivenName } from './given-names';
import { bodyState, orgForTitle } from './organization-names';
import type { Token } from './tokenizer';
import {
  CONNECTORS,
  LEGISLATURES,
  ParsedTitle,
  countryOf,
  isTitleWord,
  orgFromSpan,
  titleCase,
} from './title-words';

const ENVOY_HEADS = /^(?:ambassador|envoy|consul|representative|delegate)$/;
const POSSESSIVE_PRONOUNS = /^(?:his|her|its|their|our|my|your)$/;
const SMALL_NUMERALS = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)$/;

/** "the Prime Minister's Office": tokens from `from` are "the", title words, an office holder's possessive and a
 *  body word. */
function holderBody(toks: readonly Token[], from: number, end: number): boolean {
  if (toks[from]?.lower !== 'the') return false;
  let k = from + 1;
  while (k < end && !toks[k]!.possessive && isTitleWord(toks[k]!)) k++;
  return (
    k < end &&
    toks[k]!.possessive &&
    TITLE_HEADS.has(toks[k]!.lower) &&
    ORG_WORDS.has(toks[k + 1]?.lower ?? '')
  );
}

/** "25-member", "three-member": token `i` is joined by a hyphen to a numeral before it. */
function numeralCompound(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.hyphen) return SMALL_NUMERALS.test(toks[i - 1]?.lower ?? '');
  const dash = toks[i - 1];
  return (
    dash?.text === '-' &&
    dash.end === t.start &&
    dash.start === toks[i - 2]?.end &&
    SMALL_NUMERALS.test(toks[i - 2]?.lower ?? '')
  );
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
  // "the Minister for Trade, Dr Anna Wells", "Foreign Minister the Hon. X MP", "Attorney-General Senator the Hon. X":
  // honorifics (with their dots, "the" and a senator's style) between title and name are transparent.
  while (i > barrier && isHonorific(toks, i)) i--;
  // "his Chinese counterpart, Ma Zhaoxu," — the title may be separated from the name by one comma.
  const comma = i >= 0 && toks[i]!.text === ',';
  if (comma) i--;
  const spanEnd = i + 1;
  let left = spanEnd;
  while (i >= barrier) {
    const t = toks[i]!;
    // "the Speaker of the People's Representative Assembly": "People's" belongs to an institution's name.
    if (t.possessive && /^(?:people|peoples|workers|women)$/.test(t.lower) && i > barrier) {
      left = i;
      i--;
      continue;
    }
    // "Deputy Minister at the Prime Minister's Office": an office holder's possessive before a body word names a body,
    // and "at" joins it to the title.
    if (t.possessive && TITLE_HEADS.has(t.lower) && ORG_WORDS.has(toks[i + 1]?.lower ?? '') && i > barrier) {
      left = i;
      i--;
      continue;
    }
    if (t.lower === 'at' && i > barrier && holderBody(toks, i + 1, spanEnd)) {
      left = i;
      i--;
      continue;
    }
    if (t.possessive && i !== spanEnd - 1) {
      // "South Korea's First Vice ..." — a possessive country opens the span; anything else ends it.
      if (
        lookupCountry(t.text) ||
        lookupTerritory(t.text) ||
        (i > barrier && lookupCountry(`${toks[i - 1]!.text} ${t.text}`))
      ) {
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
    // "JOINT STATEMENT WITH THE PRESIDENT OF LEBANON  Prime Minister X": a heading in capitals ends where mixed case
    // begins; it is no part of the title.
    if (
      /^[A-Z]{2,}$/.test(t.text) &&
      i < spanEnd - 1 &&
      /[a-z]/.test(toks[i + 1]!.text) &&
      capsHeadingWord(t.text)
    )
      break;
    // "the 25-member EU", "a three-member panel": a title word counting members is an adjective, not an office.
    if (isTitleWord(t) && numeralCompound(toks, i)) break;
    // "the secretary's official residence": after a possessive, "official" is an adjective.
    if (
      t.lower === 'official' &&
      (toks[i - 1]?.possessive || POSSESSIVE_PRONOUNS.test(toks[i - 1]?.lower ?? ''))
    )
      break;
    // "Chinese Ambassador to Vietnam X": "to" joins an envoy to the state he is posted to.
    if (t.lower === 'to' && i > barrier && ENVOY_HEADS.test(toks[i - 1]!.lower) && left === i + 1) {
      left = i;
      i--;
      continue;
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
    // "Minister for Political, Legal and Security Affairs": a comma inside a complement, before any head word.
    if (t.text === ',' && i > barrier && toks[i - 1]!.cap && inComplement(toks, i + 1, spanEnd)) {
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
    // (not across a connector the span opens on: "Australia's strong support for Envoy X" names no state of X)
    if (left < spanEnd && !CONNECTORS.has(toks[left]!.lower))
      left = possessiveStateBefore(toks, i, barrier) ?? left;
    break;
  }
  if (left >= spanEnd) return null;
  const end = spanEnd;
  // First title token: a modifier or head, or a portfolio word followed by one.
  let k = -1;
  for (let j = left; j < end; j++) {
    const t = toks[j]!;
    if (TITLE_HEADS.has(t.lower) || TITLE_MODS.has(t.lower)) {
      // "New Zealand Foreign Minister": a state's name that opens on a title word is no part of the title.
      const state = matchCountries(toks.slice(j, end).map((x) => x.text))[0];
      if (state && state.from === 0 && state.to > 1 && state.kind !== 'demonym') {
        j += state.to - 1;
        continue;
      }
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
    if (PORTFOLIO.has(t.lower)) {
      // "foreign affairs spokesman": portfolio words run on until a head or modifier follows.
      let n = j + 1;
      while (n < end && PORTFOLIO.has(toks[n]!.lower)) n++;
      if (toks[n] && (TITLE_HEADS.has(toks[n]!.lower) || TITLE_MODS.has(toks[n]!.lower))) {
        k = j;
        break;
      }
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
  // "UN Secretary General", "UN-Arab League Joint Special Envoy": a body above states stays in the title, which then
  // names no state.
  for (let j = left; j < k; j++)
    if (INTERNATIONAL_PREFIX.test(text.slice(toks[j]!.start, toks[k - 1]!.end))) {
      k = j;
      break;
    }
  // The title must contain a head and not end on a connector.
  let hasHead = false;
  for (let j = k; j < end; j++) if (TITLE_HEADS.has(toks[j]!.lower)) hasHead = true;
  if (!hasHead) return null;
  let tEnd = end;
  if (CONNECTORS.has(toks[tEnd - 1]!.lower) || toks[tEnd - 1]!.text === '(') return null;
  // "The Secretary and Foreign Minister Park": a leading "the" means the words before "and" are someone else.
  // "The Minister for Immigration and Border Protection, X" has one office: the words after "and" hold no head.
  if (k > left && toks[k - 1]!.lower === 'the') {
    for (let j = end - 1; j > k; j--)
      if (toks[j]!.lower === 'and') {
        if (toks.slice(j + 1, end).some((t) => TITLE_HEADS.has(t.lower))) k = j + 1;
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
  // "Minister for Immigration Peter Hale": a name that opens on a known given name ends the complement.
  if (
    hasComplement &&
    !rank &&
    !isGivenName(toks[nameStart]?.text ?? '') &&
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
  else if (!privateTitle)
    country = toks
      .slice(prefixFrom, k)
      .reduce<string | null>((c, t) => c ?? lookupTerritory(t.text) ?? seatState(t.text), null);
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
    // "former South African president": a demonym of two words inside the title.
    const two = j + 1 < firstHead ? lookupCountry(`${t.text} ${toks[j + 1]!.text}`) : null;
    if (two && two.kind === 'demonym' && j > k) {
      if (!country) country = countryOf(two.code, publisherCountry, t.text);
      j++;
      continue;
    }
    const c = lookupCountry(t.text);
    // "former U.S. President": a state's short name before the head is its adjective too (not a private post's).
    if (c && (c.kind === 'demonym' || !privateTitle) && j > k && j < firstHead) {
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
  const org = orgForTitle(expandTitle(title), country, complementOrg ?? prefixOrg);
  // "MEA spokesperson", "External Affairs Minister": a ministry only one state names so gives its state.
  if (!country && org?.country) country = org.country;
  // "top Iranian general X", "senior admiral X": words that only modify the rank make no office.
  if (rank && !title.split(/[\s-]+/).some((w) => TITLE_HEADS.has(w.toLowerCase()))) title = '';
  if (rank && !title) title = rank;
  // "the head of US Northern Command, Gen. X": a rank alone before the name leaves the office to the phrase before the comma.
  const onlyRank =
    rank && title === rank ? rank : tEnd - k === 1 && RANKS.has(toks[k]!.lower) ? toks[k]!.text : null;
  if (onlyRank && toks[left - 1]?.text === ',' && left - 1 > barrier) {
    const office = parseLeftTitle(text, toks, left - 1, barrier, publisherCountry);
    if (office?.title) return { ...office, rank: onlyRank, country: office.country ?? country };
  }
  return { title: titleCase(expandTitle(title.replace(PASSING_MODS, ''))), rank, country, org, from: left };
}

// Words that describe the holder's standing, not the post: "new Defense Minister", "longtime Foreign Minister".
const PASSING_MODS = /^(?:new|newly[- ]\w+|current|longtime|veteran)\s+(?=\S)/i;

const INTERNATIONAL_PREFIX = new RegExp(`^(?:${INTERNATIONAL_BODY_RE.source})(?:[- ][A-Z][\\w-]*)*$`);

/** True when `toks[from..to)` is capitalised complement words ending a title, with no head word among them. */
function inComplement(toks: readonly Token[], from: number, to: number): boolean {
  let sawEnd = false;
  for (let j = from; j < to; j++) {
    const t = toks[j]!;
    if (TITLE_HEADS.has(t.lower) || !(t.cap || CONNECTORS.has(t.lower))) return false;
    if (COMPLEMENT_END.has(t.lower)) sawEnd = true;
  }
  return sawEnd;
}

/** A word in capitals that belongs to a heading, not to an acronym a title may carry ("UN", "DPRK", "NATO"). */
function capsHeadingWord(word: string): boolean {
  return word.length >= 6 || /^(?:WITH|THE|OF|AND|FOR|JOINT|MEDIA|ON|TO|IN|AT)$/.test(word);
}

/** An honorific token, or a dot, "the" or "Senator" that belongs to one ("Senator the Hon.", "H.E.", "Sec.", "Dato’"). */
function isHonorific(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (t.lower === 'lady' && toks[i - 1]?.lower === 'first') return false; // "First Lady" is a post, not a style
  if (HONORIFICS.has(t.lower) || /^(?:HE|H\.E\.)$/.test(t.text)) return true;
  if ((t.text === '.' || t.text === '’' || t.text === "'") && i > 0 && isHonorific(toks, i - 1)) return true;
  // "Dato’ Sri", "Datuk Seri": the second word of a Malay style.
  if (/^(?:sri|seri)$/.test(t.lower) && i > 0 && isHonorific(toks, i - 1)) return true;
  if (t.lower === 'senator') return next?.lower === 'the' && HONORIFICS.has(toks[i + 2]?.lower ?? '');
  return t.lower === 'the' && !!next && HONORIFICS.has(next.lower);
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
    // "Russia's state media said Foreign Minister X": a verb ends the epithets, the possessive is another subject's.
    if ((!(t.word && !t.cap) && t.text !== '-') || PERSON_VERBS.has(t.lower)) return null;
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
  return (
    title
      .replace(/\b(Sen|Gen|Rep|Gov|Adm|Amb|Lt|Col)\./g, (m) => ABBREVIATED[m] ?? m)
      // the press's "PM Khan", "FM Qureshi", "NSA Doval"
      .replace(/\bPM\b/g, 'Prime Minister')
      .replace(/\bFM\b/g, 'Foreign Minister')
      .replace(/\bNSA\b/g, 'National Security Adviser')
      .replace(/^(?:counterpart|leader) (?=[A-Z])/i, '')
  );
}
