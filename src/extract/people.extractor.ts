// The people stage: mentions in two passes (titled, then bare mentions of names already known), the headline's
// titles, grouping into people, and the states that delegations and ministry appositions give them.
import { definiteTitles } from './definite-titles';
import { foldName } from '../domain/names';
import { lookupCountry } from './country-gazetteer';
import { INTERNATIONAL_BODIES, OFFICE_EQUIVALENTS, PERSON_VERBS } from './lexicon.data';
import { findMentions } from './name-mentions';
import type { OrgMention } from './organization.extractor';
import { resolvePeople } from './people-grouping';
import type { Person, PersonMention } from './people.types';
import {
  delegationCountry,
  ministryAnaphor,
  senderCountry,
  sideCountry,
  underCountry,
  unnamedHolder,
} from './person-countries';
import type { Sentence } from './sentence-splitter';
import { normalizeText } from './sentence-splitter';
import { tokenize, type Token } from './tokenizer';

export interface PeopleStage {
  people: Person[];
  /** mentions per sentence */
  mentions: PersonMention[][];
  /** per person: the state came from the person's own words, not from a later guess */
  explicit: boolean[];
}

// Lines that credit reporters: every full name in them is a person ("With reporting by A and B", "By A");
// a correspondent "reporting from Havana" is no credit line.
const CREDIT_RE =
  /\b(?:contributed (?:to )?(?:this|the) (?:report|story|article)|(?:additional|with) reporting (?:by|from)|(?:writing|editing|compiled|reported) by)\b|^(?:By|Reporting by) [A-Z]/i;

/** Mentions per sentence: titled ones first, then a rescan where a known name or name part appears bare. */
function sentenceMentions(
  norm: string,
  sentences: readonly Sentence[],
  toks: Token[][],
  publisher: string | null,
  known: Set<string>,
): PersonMention[][] {
  const st = toks.map((ts, i) => {
    const s = sentences[i]!;
    const text = norm.slice(s.start, s.end);
    // Cheap screen first: every credit line has "by", "reporting" or "contributed".
    const credits = /by|By|reporting|contributed/.test(text) && CREDIT_RE.test(text);
    return { index: i, toks: ts, credits };
  });
  const first = st.map((x) => findMentions(norm, x, publisher, known));
  for (const ms of first)
    for (const m of ms)
      if (m.tokens.length >= 2) {
        known.add(foldName(m.name));
        // Surnames and given names of titled people: a later bare "Blinken" or "Wang" is a mention.
        for (const t of m.tokens) if (t.length >= 3 && !/\./.test(t)) known.add('#' + foldName(t));
      } else if (m.tokens[0]!.length >= 3) {
        // "Ms Vale": a family name said of a person makes "Rina Vale" elsewhere a full name.
        known.add('#' + foldName(m.tokens[0]!));
      }
  return first.map((ms, i) => {
    const bare = toks[i]!.some(
      (t, k) => t.cap && known.has('#' + foldName(t.text)) && !ms.some((m) => k >= m.from && k < m.to),
    );
    return bare ? findMentions(norm, st[i]!, publisher, known) : ms;
  });
}

const GLUE_TAILS = new Set([
  ...PERSON_VERBS,
  'and',
  'who',
  'was',
  'has',
  'had',
  'also',
  'with',
  'the',
  'for',
]);

/**
 * A name glued by a scraper to the next word ("Kim Jong Unexpressed"): a capitalized token that is a name part
 * written alone elsewhere in the article (or its headline) plus a lowercase verb, function word or a word of five
 * letters or more ending in -ed, -ing or -ly, after another
 * capitalized token, is split in two in place, so every later stage sees the name.
 */
function splitGluedNames(toks: Token[][], title: string | null): void {
  let alone: Set<string> | null = null;
  for (const ts of toks)
    for (let n = 1; n < ts.length; n++) {
      const t = ts[n]!;
      if (!t.cap || t.text.length < 5 || !ts[n - 1]!.cap) continue;
      alone ??= shortCapitals(toks, title);
      for (let k = 2; k <= Math.min(5, t.text.length - 3); k++) {
        const part = t.text.slice(0, k);
        if (!alone.has(part)) continue;
        const tail = t.text.slice(k);
        if (!GLUE_TAILS.has(tail) && !(tail.length >= 5 && /^[a-z]+(?:ed|ing|ly)$/.test(tail))) continue;
        const head: Token = {
          ...t,
          text: part,
          lower: t.lower.slice(0, k),
          end: t.start + k,
          possessive: false,
        };
        const rest: Token = { ...t, text: tail, lower: tail, start: t.start + k, cap: false, hyphen: false };
        ts.splice(n, 1, head, rest);
        break;
      }
    }
}

/** Short capitalized words of the body and headline: the name parts a glued token may open with. */
function shortCapitals(toks: Token[][], title: string | null): Set<string> {
  const out = new Set<string>();
  for (const ts of toks) for (const t of ts) if (t.cap && t.text.length <= 5) out.add(t.text);
  for (const w of title?.split(/[^A-Za-z\u00C0-\u024F]+/) ?? [])
    if (w.length <= 5 && /^[A-Z]/.test(w)) out.add(w);
  return out;
}

/** A headline in capitals read in title case ("PREMIER KIM MEETS ENVOY" → "Premier Kim Meets Envoy"); state and
 *  body acronyms ("DPRK", "UN") stay in capitals. Same length, so offsets hold. */
export function headlineCase(title: string): string {
  if (/[a-z]/.test(title)) return title;
  return title.replace(/[A-Z][A-Z'-]*/g, (w) =>
    w.length <= 4 &&
    (lookupCountry(w) || INTERNATIONAL_BODIES.some((b) => b.name === w || b.aliases.includes(w)))
      ? w
      : w[0] + w.slice(1).toLowerCase(),
  );
}

/** The headline's titled mentions: titles by the folded names they precede, and the one-word names ("Minister Hayashi").
 * Headline case runs the verb into the name ("Ri Chol Su Meets ..."), so every 2+ word prefix is a key. */
function headlineMentions(
  title: string | null,
  publisher: string | null,
  known: Set<string>,
): { titles: Map<string, string>; short: Set<string>; states: Map<string, string> } {
  const titles = new Map<string, string>();
  const short = new Set<string>();
  const states = new Map<string, string>();
  if (!title) return { titles, short, states };
  const hn = headlineCase(normalizeText(title));
  for (const m of findMentions(hn, { index: -1, toks: tokenize(hn, 0, hn.length) }, publisher, known)) {
    if (!m.title) continue;
    if (m.tokens.length === 1) short.add(foldName(m.tokens[0]!));
    // a title before the name, not a headline's list read as an apposition ("Imran Khan, Tajik President meeting")
    if (m.country && !m.appositive) states.set(foldName(m.tokens.join(' ')), m.country);
    for (let k = 2; k <= m.tokens.length; k++) titles.set(foldName(m.tokens.slice(0, k).join(' ')), m.title);
  }
  return { titles, short, states };
}

/** "Readout of the President's call with UK Prime Minister Brown": a state the headline gives a name the body leaves
 *  without one. */
function headlineStates(people: Person[], states: ReadonlyMap<string, string>): void {
  for (const p of people) {
    if (p.country) continue;
    const last = p.name.split(' ').pop()!;
    p.country = states.get(foldName(p.name)) ?? states.get(foldName(last)) ?? null;
  }
}

/** "Secretary Blinken's Meeting with Japanese Foreign Minister Hayashi": the word of a full name the headline uses. */
function headlineShortNames(people: Person[], short: ReadonlySet<string>): void {
  for (const p of people) {
    const words = p.name.split(' ').filter((w) => short.has(foldName(w)));
    if (words.length === 1 && p.name.includes(' ')) p.headlineShort = words[0];
  }
}

export function extractPeople(
  body: string,
  norm: string,
  sentences: readonly Sentence[],
  toks: Token[][],
  title: string | null,
  publisher: string | null,
  orgMentions: readonly OrgMention[],
): PeopleStage {
  splitGluedNames(toks, title);
  const known = new Set<string>();
  const mentions = sentenceMentions(norm, sentences, toks, publisher, known);
  const headline = headlineMentions(title, publisher, known);
  const people = resolvePeople(mentions.flat(), headline.titles);
  headlineShortNames(people, headline.short);
  headlineStates(people, headline.states);
  definiteTitles(people, norm, (o) => sentences.findIndex((x) => o >= x.start && o < x.end), publisher);
  counterpartTitles(people, norm, publisher);
  const explicit = people.map((p) => !!p.country);
  for (const p of people) {
    for (const m of p.mentions) {
      if (p.country || m.sentence < 0) break;
      const s = sentences[m.sentence]!;
      const text = norm.slice(s.start, s.end);
      p.country =
        delegationCountry(text, m.end - s.start) ??
        sideCountry(text, m.start - s.start) ??
        underCountry(text, m.start - s.start, m.end - s.start) ??
        senderCountry(norm.slice(Math.max(s.start, m.start - 120), m.start));
      if (p.country) break;
      // the ministry an apposition points back to, else an unnamed holder of the office in this sentence or the two
      // before ("A Chinese Foreign Ministry spokesperson")
      const o = ministryAnaphor(norm, m.end, m.start, orgMentions);
      const from = sentences[Math.max(0, m.sentence - 2)]!.start;
      const held = o
        ? { country: o.country, org: o }
        : unnamedHolder(norm.slice(from, m.start), from, p, people, orgMentions);
      if (!held) continue;
      p.country = held.country;
      const b = held.org;
      if (b) p.org = p.org ?? { name: b.name, canonical: b.canonical, kind: b.kind, country: b.country };
    }
    // The name as the body writes it (normalization changed quotes and dashes only).
    const own = p.mentions.find((m) => m.name === p.name);
    const written = own ? body.slice(own.start, own.end).replace(/\s+/g, ' ') : '';
    if (written.length === p.name.length) p.name = written;
  }
  return { people, mentions, explicit };
}

const COUNTERPART_BEFORE_RE = /\b(?:his|her|their|[A-Z][\w'-]*'s?) (?:[A-Z][\w-]* ){0,2}counterpart,?\s*$/;

/** The office a holder's counterpart holds: the same, or abroad its equivalent where the holder's state names it its own
 * way (a Secretary of State's Chinese counterpart is a Foreign Minister). A holder of no stated state is the
 * publisher's when that state names the office so (a British paper's "Mr Straw", Foreign Secretary). */
function counterpartOffice(holder: Person, counterpart: Person, publisher: string | null): string {
  const title = holder.title!.replace(/^(?:former|acting|outgoing|incoming) /i, '');
  const equivalent = (state: string | null) =>
    state ? OFFICE_EQUIVALENTS[state]?.[title.toLowerCase()] : undefined;
  const state = holder.country ?? (equivalent(publisher) ? publisher : null);
  const abroad = !!counterpart.country && counterpart.country !== state;
  return (abroad && equivalent(state)) || title;
}

/** "French finance minister X ... his German counterpart Y": Y holds the same office as X, in Y's own state. */
function counterpartTitles(people: Person[], norm: string, publisher: string | null): void {
  const bySentence = new Map<number, PersonMention[]>();
  for (const p of people)
    for (const m of p.mentions) {
      const list = bySentence.get(m.sentence);
      if (list) list.push(m);
      else bySentence.set(m.sentence, [m]);
    }
  people.forEach((p, i) => {
    if (p.title && !/^counterpart$/i.test(p.title)) return;
    for (const m of p.mentions) {
      if (!COUNTERPART_BEFORE_RE.test(norm.slice(Math.max(0, m.start - 60), m.start))) continue;
      const holder = (bySentence.get(m.sentence) ?? [])
        .filter((o) => o.person !== i && o.end <= m.start)
        .sort((a, b) => b.end - a.end)
        .map((o) => people[o.person]!)
        .find((o) => o.title && !/counterpart/i.test(o.title));
      if (holder) {
        p.title = counterpartOffice(holder, p, publisher);
        return;
      }
    }
  });
}
