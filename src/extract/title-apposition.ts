// Titles written after a name: "X, general secretary of the Workers' Party of Korea", "X, a spokesperson for the ministry".
import { lookupCountry, matchCountries } from './country-gazetteer';
import {
  ORG_WORDS,
  PERSON_VERBS,
  PORTFOLIO,
  PRIVATE_HEADS,
  TITLE_HEADS,
  TITLE_MODS,
  US_ONLY_TITLE,
} from './lexicon.data';
import { bodyState, orgForTitle, type OrgRef } from './organization-names';
import type { Token } from './tokenizer';
import {
  CONNECTORS,
  ORDINALS,
  ParsedTitle,
  SUB_UNITS,
  TRANSIENT,
  countryOf,
  isFieldWord,
  isTitleWord,
  orgFromSpan,
  titleCase,
} from './title-words';

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
  // "chief of the National Security Office": a word both modifier and head is the head when no title word follows it.
  const headHere = (t: Token | undefined, next: Token | undefined): boolean =>
    !!t &&
    TITLE_HEADS.has(t.lower) &&
    !(
      next &&
      (TITLE_HEADS.has(next.lower) || TITLE_MODS.has(next.lower) || PORTFOLIO.has(next.lower) || next.cap)
    );
  while (
    toks[i] &&
    !headHere(toks[i], toks[i + 1]) &&
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
  // "state councilor and foreign minister of the People's Republic of China": two offices share the complement.
  if (toks[i]?.lower === 'and' && !toks[i + 1]?.cap) {
    let j = i + 1;
    while (toks[j] && !toks[j]!.cap && (TITLE_MODS.has(toks[j]!.lower) || PORTFOLIO.has(toks[j]!.lower))) j++;
    if (toks[j] && !toks[j]!.cap && TITLE_HEADS.has(toks[j]!.lower)) {
      i = j;
      while (toks[i] && TITLE_HEADS.has(toks[i]!.lower)) i++;
    }
  }
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
  // "Hamas delegation representative", "... of the Workers' Party of Korea": a party or movement of one state names
  // its state, whatever its name ends on.
  const body = privateTitle
    ? null
    : bodyState(text.slice(toks[from]!.start, toks[Math.max(from, e - 1)]!.end));
  if (body) country = body;
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
  if (!org && !privateTitle) org = chainedBody(text, toks, e, country);
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
  const fullOrg = orgForTitle(title, country, org);
  return { parsed: { title: titleCase(title), rank: null, country, org: fullOrg, from }, to: e };
}

/** Comma-delimited parts of a readout's apposition to look through for the body ("Bureau, Division, Ministry"). */
const MAX_CHAINED_PARTS = 4;

/**
 * "X, Deputy Director-General, North American Affairs Bureau, Ministry of Foreign Affairs,": a readout names the units
 * a title sits in after it, comma by comma, the body last. The last part that names a body, among the capitalized parts
 * right after the title (`at`: its end), or null.
 */
function chainedBody(
  text: string,
  toks: readonly Token[],
  at: number,
  country: string | null,
): OrgRef | null {
  let found: OrgRef | null = null;
  for (let n = 0; n < MAX_CHAINED_PARTS && toks[at]?.text === ','; n++) {
    let c = at + 1;
    while (toks[c] && (toks[c]!.cap || (CONNECTORS.has(toks[c]!.lower) && toks[c + 1]?.cap && c > at + 1)))
      c++;
    // a whole part, capitalized from comma to comma (or to the sentence's end)
    if (c === at + 1 || (toks[c] && toks[c]!.text !== ',' && toks[c]!.text !== '.')) break;
    found = orgFromSpan(text, toks, at + 1, c, country) ?? found;
    at = c;
  }
  return found;
}
