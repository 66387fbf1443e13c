// The people stage: mentions in two passes (titled, then bare mentions of names already known), the headline's
// titles, grouping into people, and the states that delegations and ministry appositions give them.
import { foldName } from '../domain/names';
import { findMentions } from './name-mentions';
import type { OrgMention } from './organization.extractor';
import { resolvePeople } from './people-grouping';
import type { Person, PersonMention } from './people.types';
import { delegationCountry, ministryAnaphor } from './person-countries';
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

// Lines that credit reporters: every full name in them is a person ("With reporting by A and B", "By A").
const CREDIT_RE =
  /\b(?:contributed (?:to )?(?:this|the) (?:report|story|article)|reporting (?:by|from)|(?:writing|editing|compiled|reported) by)\b|^By [A-Z]/i;

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
    return { index: i, toks: ts, credits: CREDIT_RE.test(norm.slice(s.start, s.end)) };
  });
  const first = st.map((x) => findMentions(norm, x, publisher, known));
  for (const ms of first)
    for (const m of ms)
      if (m.tokens.length >= 2) {
        known.add(foldName(m.name));
        // Surnames and given names of titled people: a later bare "Blinken" or "Wang" is a mention.
        for (const t of m.tokens) if (t.length >= 3 && !/\./.test(t)) known.add('#' + foldName(t));
      }
  return first.map((ms, i) => {
    const bare = toks[i]!.some(
      (t, k) => t.cap && known.has('#' + foldName(t.text)) && !ms.some((m) => k >= m.from && k < m.to),
    );
    return bare ? findMentions(norm, st[i]!, publisher, known) : ms;
  });
}

/** Titles the headline gives; headline case runs the verb into the name ("Kim Tok Hun Meets ..."), so every 2+ word prefix is a key. */
function headlineTitles(
  title: string | null,
  publisher: string | null,
  known: Set<string>,
): Map<string, string> {
  const out = new Map<string, string>();
  if (!title) return out;
  const hn = normalizeText(title);
  for (const m of findMentions(hn, { index: -1, toks: tokenize(hn, 0, hn.length) }, publisher, known)) {
    if (!m.title) continue;
    for (let k = 2; k <= m.tokens.length; k++) out.set(foldName(m.tokens.slice(0, k).join(' ')), m.title);
  }
  return out;
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
  const known = new Set<string>();
  const mentions = sentenceMentions(norm, sentences, toks, publisher, known);
  const people = resolvePeople(mentions.flat(), headlineTitles(title, publisher, known));
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
    // The name as the body writes it (normalization changed quotes and dashes only).
    const at = p.mentions.find((m) => m.name === p.name)?.start ?? 0;
    p.name = body.slice(at, at + p.name.length) || p.name;
  }
  return { people, mentions, explicit };
}
