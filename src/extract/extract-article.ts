// The extraction pipeline: read → split → tokenize → people → countries/orgs/places → meetings → topics.
import { foldName } from '../domain/names';
import { bodyId, readArticle } from './article-reader';
import { capitalCountry, countryName, lookupCountry, matchCountries } from './country-gazetteer';
import { ExtractionError } from './extraction.error';
import type {
  ArticleExtraction,
  Evidence,
  ExtractedMeeting,
  ExtractedOrganization,
  ExtractedPerson,
  ExtractedPlace,
  ExtractedTopic,
} from './extraction.types';
import { extractMeetings, type SentenceInfo } from './meeting.extractor';
import { findMentions, resolvePeople, type Person, type PersonMention } from './people.extractor';
import {
  counterpartCountries,
  delegationCountry,
  ministryAnaphor,
  type OrgMention,
} from './person-country.resolver';
import { datelineCity, publisherCountry } from './publisher';
import { normalizeText, splitSentences } from './sentence-splitter';
import { extractTopics, topicKey } from './topic.extractor';
import { tokenize, type Token } from './tokenizer';
import { canonicalOrgName, orgKind, type OrgRef } from './title-parser';

export { decodeArticle, DEFAULT_MAX_ARTICLE_BYTES } from './article-reader';
export { ExtractionError } from './extraction.error';

export interface ExtractOptions {
  file?: string | null;
  defaults?: { title?: string; date?: string; source?: string; url?: string };
}

const INTERNATIONAL: Array<[RegExp, string, string[]]> = [
  [/\bNATO\b|North Atlantic Treaty Organization/, 'NATO', ['North Atlantic Treaty Organization']],
  [/\bASEAN\b|Association of Southeast Asian Nations/, 'ASEAN', ['Association of Southeast Asian Nations']],
  [
    /\bUN Security Council\b|United Nations Security Council|\bUNSC\b/,
    'United Nations Security Council',
    ['UN Security Council', 'UNSC'],
  ],
  [/\bUnited Nations\b|\bUN\b(?! Security)/, 'United Nations', ['UN']],
  [/\bthe Quad\b|Quadrilateral Security Dialogue/, 'Quad', ['Quadrilateral Security Dialogue']],
  [/\bG20\b|Group of Twenty/, 'G20', ['Group of Twenty']],
  [/\bG7\b|Group of Seven/, 'G7', ['Group of Seven']],
  [/\bAPEC\b|Asia-Pacific Economic Cooperation/, 'APEC', ['Asia-Pacific Economic Cooperation']],
  [/\bEuropean Union\b|\bEU\b/, 'European Union', ['EU']],
  [
    /\bNORAD\b|North American Aerospace Defense Command/,
    'North American Aerospace Defense Command',
    ['NORAD'],
  ],
  [/\bWorkers' Party of Korea\b|\bWPK\b/, "Workers' Party of Korea", ['WPK']],
  [
    /\bChinese Communist Party\b|\bCommunist Party of China\b|\bCCP\b|\bCPC\b/,
    'Chinese Communist Party',
    ['Communist Party of China'],
  ],
];

const ORG_HEAD_RE =
  /\b(?:Ministry|Department|Office|Commission|Committee|Council|Assembly|Agency|Bureau|Cabinet|Command|Party)\b/g;
const ORG_LEFT_RE = /(?:[A-Z][\w'-]*\.? )*$/;
const ORG_RIGHT_RE = /^(?: (?:of|for) (?:the )?(?:[A-Z][\w'-]*)(?: (?:and |of |the )?[A-Z][\w'-]*)*)?/;

/** Named bodies in the text, anchored on their head word and grown over capitalized words on both sides. */
function* orgNames(norm: string): Generator<{ raw: string; index: number }> {
  ORG_HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORG_HEAD_RE.exec(norm))) {
    const before = norm.slice(Math.max(0, m.index - 60), m.index);
    const left = ORG_LEFT_RE.exec(before)?.[0] ?? '';
    const right = ORG_RIGHT_RE.exec(norm.slice(m.index + m[0].length, m.index + m[0].length + 90))?.[0] ?? '';
    const index = m.index - left.length;
    yield { raw: (left + m[0] + right).trim(), index };
    ORG_HEAD_RE.lastIndex = m.index + m[0].length + right.length;
  }
}

/** Named bodies with the state their own words give (a leading adjective, a possessive, "of X"). */
function findOrgMentions(norm: string): OrgMention[] {
  const out: OrgMention[] = [];
  for (const om of orgNames(norm)) {
    const raw = om.raw;
    const words = raw.split(' ');
    if (words.length < 2 && !/^(Cabinet|Pentagon)$/.test(raw)) continue;
    // A leading state adjective or name gives the body's country and is not part of its name.
    let country: string | null = null;
    let name = raw;
    for (let n = Math.min(5, words.length - 1); n >= 1; n--) {
      const c = lookupCountry(words.slice(0, n).join(' ').replace(/'s$/, ''));
      if (c) {
        country = c.code;
        name = words.slice(n).join(' ');
        break;
      }
    }
    if (!country) {
      const before = norm.slice(Math.max(0, om.index - 30), om.index);
      const poss = /([A-Z][\w.]*(?: [A-Z][\w.]*)*)'s\s*$/.exec(before);
      const c = poss ? lookupCountry(poss[1]!) : null;
      if (c) country = c.code;
      const of = /^ of (?:the )?([A-Z][\w']*(?: [A-Z][\w']*)*)/.exec(
        norm.slice(om.index + raw.length, om.index + raw.length + 60),
      );
      const c2 = of ? lookupCountry(of[1]!) : null;
      if (!country && c2) country = c2.code;
    }
    if (!country && /Spokesperson|State Department|Department of State|Pentagon|White House/.test(name))
      country = 'US';
    if (name.split(' ').length < 2 && !/^(Cabinet|Pentagon)$/.test(name)) continue;
    if (/^(The|This|That|Our|Their) /.test(name)) name = name.replace(/^\w+ /, '');
    const canonical = canonicalOrgName(name, country);
    out.push({ index: om.index, name, canonical, kind: orgKind(canonical), country });
  }
  return out;
}

function articleMeta(
  text: string,
  options: ExtractOptions,
): { header: ReturnType<typeof readArticle>['header']; body: string } {
  const { header, body } = readArticle(text);
  const d = options.defaults ?? {};
  if (!header.title && d.title) header.title = d.title;
  if (!header.source && d.source) header.source = d.source;
  if (!header.url && d.url) header.url = d.url;
  if (!header.date && d.date) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date))
      throw new ExtractionError('MALFORMED_DATE', `date: malformed date "${d.date}"`);
    header.date = d.date;
  }
  if (!header.url && header.source) header.url = /https?:\/\/\S+/.exec(header.source)?.[0] ?? null;
  return { header, body };
}

/** Extracts one article; throws ExtractionError for empty text, a malformed date or a body with no sentences. */
export function extractArticle(text: string, options: ExtractOptions = {}): ArticleExtraction {
  if (!text || !text.trim()) throw new ExtractionError('EMPTY', 'article is empty');
  if (text.includes('\u0000'))
    throw new ExtractionError('BINARY', 'article is binary (contains NUL characters)');
  const { header, body } = articleMeta(text, options);
  const sentences = splitSentences(body);
  if (!sentences.length) throw new ExtractionError('NO_SENTENCES', 'body has no sentences');
  const norm = normalizeText(body);
  const pub = publisherCountry(header.source, header.url, body);
  const city = datelineCity(norm);

  const toks: Token[][] = sentences.map((s) => tokenize(norm, s.start, s.end));
  // Pass 1: titled mentions; pass 2 adds bare mentions of names already known.
  const known = new Set<string>();
  let mentions: PersonMention[][] = sentences.map((s, i) =>
    findMentions(norm, { index: i, toks: toks[i]! }, pub, known),
  );
  for (const ms of mentions)
    for (const m of ms)
      if (m.tokens.length >= 2) {
        known.add(foldName(m.name));
        // Surnames and given names of titled people: a later bare "Blinken" or "Wang" is a mention.
        for (const t of m.tokens) if (t.length >= 3 && !/\./.test(t)) known.add('#' + foldName(t));
      }
  // Re-scan only sentences where a known name or name part appears outside the mentions already found.
  mentions = sentences.map((_s, i) => {
    const ms = mentions[i]!;
    const bare = toks[i]!.some(
      (t, k) => t.cap && known.has('#' + foldName(t.text)) && !ms.some((m) => k >= m.from && k < m.to),
    );
    return bare ? findMentions(norm, { index: i, toks: toks[i]! }, pub, known) : ms;
  });
  const headlineTitles = new Map<string, string>();
  if (header.title) {
    const hn = normalizeText(header.title);
    for (const m of findMentions(hn, { index: -1, toks: tokenize(hn, 0, hn.length) }, pub, known)) {
      if (!m.title) continue;
      // Headline case runs the verb into the name ("Kim Tok Hun Meets ..."): every 2+ word prefix is a key.
      for (let k = 2; k <= m.tokens.length; k++)
        headlineTitles.set(foldName(m.tokens.slice(0, k).join(' ')), m.title);
    }
  }
  const flat = mentions.flat();
  const people = resolvePeople(flat, headlineTitles);
  const orgMentions = findOrgMentions(norm);
  const explicit = people.map((p) => !!p.country);
  for (const p of people) {
    for (const m of p.mentions) {
      if (p.country || m.sentence < 0) break;
      const s = sentences[m.sentence]!;
      p.country = delegationCountry(norm.slice(s.start, s.end), m.end - s.start);
      const o = p.country ? null : ministryAnaphor(norm, m.end, m.start, orgMentions);
      if (o) {
        p.country = o.country;
        p.org = p.org ?? { name: o.name, canonical: o.canonical, kind: o.kind, country: o.country };
      }
    }
    p.name =
      body.slice(
        p.mentions.find((m) => m.name === p.name)?.start ?? 0,
        (p.mentions.find((m) => m.name === p.name)?.start ?? 0) + p.name.length,
      ) || p.name;
  }

  // Meetings.
  const infos: SentenceInfo[] = sentences.map((s, i) => ({
    index: i,
    start: s.start,
    end: s.end,
    paragraph: s.paragraph,
    norm: norm.slice(s.start, s.end),
    mentions: mentions[i]!,
  }));
  const drafts = extractMeetings(infos, { articleDate: header.date, datelineCity: city, people });
  // A publication names its own side first: with no known publisher, the first stated state is home.
  const home = pub ?? people.find((_p, i) => explicit[i])?.country ?? null;
  const sentenceStates: string[][] = toks.map((ts) => {
    const out: string[] = [];
    for (const c of matchCountries(ts.map((t) => t.text))) {
      const first = ts[c.from]!;
      if (first.hyphen === false && ts[c.from - 1]?.lower === 'inter') continue;
      out.push(pub === 'KP' && c.code === 'KR' && /^Korean?$/.test(first.text) ? 'KP' : c.code);
    }
    return out;
  });
  counterpartCountries(drafts, people, explicit, home, sentenceStates);
  for (const p of people) if (!p.country && home) p.country = home;

  // Countries: every state named, abbreviated or referred to by its demonym, plus the states of people.
  const countryCodes: string[] = [];
  const addCountry = (c: string | null): void => {
    if (c && !countryCodes.includes(c)) countryCodes.push(c);
  };
  for (const ss of sentenceStates) for (const c of ss) addCountry(c);
  for (const p of people) addCountry(p.country);

  // Organizations: from titles, named bodies in the text, and international ones.
  const orgs: ExtractedOrganization[] = [];
  const orgId = (
    ref:
      | OrgRef
      | { canonical: string; name: string; kind: ExtractedOrganization['kind']; country: string | null },
  ): string => {
    let o = orgs.find((x) => x.name === ref.canonical && x.country === ref.country);
    if (!o) {
      o = {
        id: `o${orgs.length + 1}`,
        name: ref.canonical,
        aliases: [],
        kind: ref.kind,
        country: ref.country,
        parent: null,
      };
      orgs.push(o);
    }
    if (ref.name !== ref.canonical && !o.aliases.includes(ref.name)) o.aliases.push(ref.name);
    return o.id;
  };
  const personOrg = people.map((p) =>
    p.org ? orgId({ ...p.org, country: p.org.country ?? p.country }) : null,
  );
  for (const [re, name, aliases] of INTERNATIONAL) {
    if (re.test(norm)) {
      const id = orgId({
        name,
        canonical: name,
        kind: /Party/.test(name) ? 'party' : /NORAD|Aerospace/.test(name) ? 'military' : 'international',
        country: /Workers'/.test(name) ? 'KP' : /Chinese Communist/.test(name) ? 'CN' : null,
      });
      const o = orgs.find((x) => x.id === id)!;
      for (const a of aliases) if (!o.aliases.includes(a)) o.aliases.push(a);
    }
  }
  for (const om of orgMentions) {
    const country =
      om.country ??
      (pub && /^(Ministry|Department|Office|Cabinet|Foreign Ministry)/.test(om.name) ? pub : null);
    orgId({
      name: om.name,
      canonical: om.country ? om.canonical : canonicalOrgName(om.name, country),
      kind: om.kind,
      country,
    });
  }
  // Departments and offices belong to the ministry whose name follows them or whose country they share.
  for (const o of orgs) {
    if (o.kind === 'department' && /Affairs$/.test(o.name) && !/Department of State/.test(o.name)) {
      const parent = orgs.find(
        (x) => x.kind === 'ministry' && x.country === o.country && /Foreign/.test(x.name),
      );
      if (parent) o.parent = parent.id;
    }
    if (o.name === 'Office of the Spokesperson') {
      const parent = orgs.find((x) => x.name === 'Department of State');
      if (parent) o.parent = parent.id;
    }
  }

  const places: ExtractedPlace[] = [];
  const placeId = (name: string): string => {
    let p = places.find((x) => x.name === name);
    if (!p) {
      const base = name.split(',')[0]!.trim();
      const tail = name.split(',')[1]?.trim();
      const country =
        capitalCountry(name) ??
        capitalCountry(base) ??
        (tail ? (lookupCountry(tail)?.code ?? null) : null) ??
        lookupCountry(base)?.code ??
        null;
      p = { id: `l${places.length + 1}`, name, country };
      places.push(p);
    }
    return p.id;
  };

  // Topics: per sentence, attributed to the meeting the sentence belongs to (or the article's main meeting).
  const topics: ExtractedTopic[] = [];
  const topicByKey = new Map<string, string>();
  const topicId = (name: string): string => {
    const k = topicKey(name);
    let id = topicByKey.get(k);
    if (!id) {
      id = `t${topics.length + 1}`;
      topics.push({ id, name });
      topicByKey.set(k, id);
    }
    return id;
  };
  const meetingOfSentence = new Map<number, number>();
  drafts.forEach((d, i) => {
    for (const s of d.sentences) if (!meetingOfSentence.has(s)) meetingOfSentence.set(s, i);
  });
  const main = drafts.findIndex((d) => !d.context);
  const meetingTopics: string[][] = drafts.map(() => []);
  const evidence: Evidence[] = [];
  let focus = main;
  sentences.forEach((s, i) => {
    const found = extractTopics(infos[i]!.norm);
    const mi = meetingOfSentence.get(i);
    if (mi !== undefined && !drafts[mi]!.context) focus = mi;
    const target = mi !== undefined ? mi : focus;
    for (const t of found) {
      const id = topicId(t);
      if (target >= 0 && !meetingTopics[target]!.includes(id)) meetingTopics[target]!.push(id);
      evidence.push({ about: id, sentence: s.text, start: s.start, end: s.end });
    }
  });

  const outPeople: ExtractedPerson[] = people.map((p, i) => ({
    id: `p${i + 1}`,
    name: p.name,
    aliases: p.aliases,
    title: p.title,
    organization: personOrg[i] ?? null,
    country: p.country,
    ...(p.rank ? { rank: p.rank } : {}),
  }));
  // Countries whose people this article names family name first, by a short reference to the first token.
  const orderCountries = new Set<string>();
  for (const p of people)
    if (p.country && shortReference(p) === nameParts(p)[0]) orderCountries.add(p.country);
  const surname = (i: number): string => familyName(people[i]!, orderCountries);
  const meetings: ExtractedMeeting[] = drafts.map((d, i) => {
    const id = `m${i + 1}`;
    for (const si of new Set(d.sentences)) {
      const s = sentences[si]!;
      evidence.push({ about: id, sentence: s.text, start: s.start, end: s.end });
    }
    return {
      id,
      name: d.name ?? (d.participants.length ? `${d.participants.map(surname).join('–')} ${d.kind}` : d.kind),
      kind: d.kind,
      date: d.date,
      place: d.place ? placeId(d.place) : null,
      format: d.format ?? (d.kind === 'call' ? 'phone' : d.place ? 'in_person' : null),
      series: d.series,
      ordinal: d.ordinal,
      participants: d.participants.map((p) => `p${p + 1}`),
      roles: d.participants.map((p) => ({
        person: `p${p + 1}`,
        role: d.principals.includes(p) ? 'principal' : 'participant',
      })),
      topics: meetingTopics[i]!,
    };
  });
  people.forEach((p, i) => {
    const seen = new Set<number>();
    for (const m of p.mentions) {
      if (m.sentence < 0 || seen.has(m.sentence)) continue;
      seen.add(m.sentence);
      const s = sentences[m.sentence]!;
      evidence.push({ about: `p${i + 1}`, sentence: s.text, start: s.start, end: s.end });
    }
  });

  return {
    article: {
      id: bodyId(body),
      file: options.file ?? null,
      title: header.title,
      date: header.date,
      source: header.source,
      url: header.url,
    },
    people: outPeople,
    organizations: orgs,
    countries: countryCodes.map((code) => ({ code, name: countryName(code) })),
    places,
    meetings,
    topics,
    evidence,
  };
}

// Countries whose names the press writes family name first ("Wang Yi", "Kim Gunn"); Japanese names go both ways.
const FAMILY_FIRST_COUNTRIES = new Set(['CN', 'KR', 'KP', 'TW', 'HK', 'MO', 'VN']);
const SUFFIX = /,? (?:Jr|Jnr|Sr)\.?$/;
const INITIAL = /^[A-Z]\.$/;
const HYPHENATED_GIVEN = /^[A-Z][a-z]+-[a-z]+$/;

function nameParts(p: Person): string[] {
  return p.name
    .replace(SUFFIX, '')
    .split(' ')
    .filter((x) => !INITIAL.test(x));
}

/** The token of a two-or-more-part name that the article's one-word mentions use most, if any. */
function shortReference(p: Person): string | undefined {
  const parts = nameParts(p);
  if (parts.length <= 1) return undefined;
  const counts = new Map<string, number>();
  for (const m of p.mentions) {
    const toks = m.tokens.filter((t) => !INITIAL.test(t));
    if (toks.length !== 1) continue;
    const hit = parts.find((x) => foldName(x) === foldName(toks[0]!));
    if (hit) counts.set(hit, (counts.get(hit) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [k, n] of counts) if (!best || n > counts.get(best)!) best = k;
  return best;
}

/**
 * The name a meeting is called by: the token the article itself uses for short references ("Foreign Minister
 * Hayashi"), else the first token of a name written family name first (a hyphenated given name "Kim Hong-kyun",
 * or a person of a country whose names are written that way, or whose compatriots the article already names
 * family name first), else the last token.
 */
export function familyName(p: Person, familyFirst: ReadonlySet<string> = new Set()): string {
  const parts = nameParts(p);
  if (parts.length <= 1) return parts[0] ?? p.name;
  const short = shortReference(p);
  if (short) return short;
  if (HYPHENATED_GIVEN.test(parts[parts.length - 1]!)) return parts[0]!;
  if (p.country && (FAMILY_FIRST_COUNTRIES.has(p.country) || familyFirst.has(p.country))) return parts[0]!;
  return parts[parts.length - 1]!;
}
