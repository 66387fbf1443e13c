// States of people the text does not tie to a state directly, from general cues of diplomatic prose:
// the delegation they led, the ministry an apposition points back to, and counterparts holding the same office.
import { matchCountries } from './country-gazetteer';
import {
  HEADS_A_STATE_LACKS,
  INTERNATIONAL_BODY_RE,
  OFFICES_A_STATE_LACKS,
  PRIVATE_BODY_WORDS,
  PRIVATE_HEADS,
  TITLE_HEADS,
} from './lexicon.data';
import type { MeetingDraft } from './meeting.types';
import type { OrgMention } from './organization.extractor';
import type { Person } from './people.types';
import { tokenize } from './tokenizer';

const LED_RE = /\bled (?:the|a|an|its|their) ((?:[A-Z][\w.'-]*[ -]){1,4})(?:delegation|side|team)\b/;
const CLAUSE_END = /\b(?:while|whereas)\b|;/;
const MINISTRY_REF_RE = /^,? (?:an? |the )?(?:[\w-]+ ){0,4}?(?:for|at|of|from) the (ministry|department)\b/;

function statesIn(phrase: string): string[] {
  const toks = tokenize(phrase, 0, phrase.length).map((t) => t.text);
  return matchCountries(toks).map((c) => c.code);
}

/** "X and Y led the Thai delegation": the state of the delegation the person's clause says they led. */
export function delegationCountry(sentence: string, after: number): string | null {
  const rest = sentence.slice(after);
  const m = LED_RE.exec(rest);
  if (!m) return null;
  const stop = CLAUSE_END.exec(rest);
  if (stop && stop.index < m.index) return null;
  return statesIn(m[1]!)[0] ?? null;
}

// "The Japanese side was co-chaired by X, ..., and Y": the state of the side a passive clause before the name says the
// person led, until a clause boundary ("while the U.S. side was led by Z" starts the other side's).
const SIDE_RE =
  /\b[Tt]he ((?:[A-Z][\w.'-]*[ -]){1,4})(?:side|delegation|team)s? (?:was|were|is|are|will be) (?:co-)?(?:led|chaired|headed) by\b/g;

/** The state of the side whose leaders a passive clause before `at` names ("the Thai side was led by X and Y"), or null. */
export function sideCountry(sentence: string, at: number): string | null {
  let state: string | null = null;
  let end = -1;
  for (const m of sentence.slice(0, at).matchAll(SIDE_RE)) {
    state = statesIn(m[1]!)[0] ?? null;
    end = m.index + m[0].length;
  }
  return state && !CLAUSE_END.test(sentence.slice(end, at)) ? state : null;
}

// "Under President X, the Philippines has ...": the state that is the subject of the clause a leader's "under" opens.
const UNDER_RE = /\b[Uu]nder (?:(?:[A-Z][\w.'-]*|of|for|the) ){1,5}$/;
const CLAUSE_SUBJECT_RE = /^(?:,? (?:Jr|Sr|Jnr|Snr)\b\.?)?, (?:the )?((?:[A-Z][\w.'’-]*(?: |$)){1,4})/;

/** The state a sentence's main clause opens on after "Under <title> X," (`start`/`end`: the name's), or null. */
export function underCountry(sentence: string, start: number, end: number): string | null {
  if (!UNDER_RE.test(sentence.slice(0, start))) return null;
  const m = CLAUSE_SUBJECT_RE.exec(sentence.slice(end));
  return m ? (statesIn(m[1]!)[0] ?? null) : null;
}

const UNNAMED_HOLDER_PATTERNS = new Map<string, RegExp>();

/** "a/the <capitalized words> <head>(s)" with no name after it, one pattern per title head. */
function unnamedHolderPattern(head: string): RegExp {
  let re = UNNAMED_HOLDER_PATTERNS.get(head);
  if (!re) {
    re = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he) ((?:[A-Z][\w'’-]*\s){1,4})${head}s?\b(?!,?\s+[A-Z])`, 'g');
    UNNAMED_HOLDER_PATTERNS.set(head, re);
  }
  return re;
}

/**
 * "A Chinese Foreign Ministry spokesperson said ... . ... spokesperson X told": the state (and body) of an unnamed holder
 * of the person's office named in `text` before the mention ("a/the <state words> <head>", no name after it), when no
 * other named holder of that office comes between. `offset`: where `text` starts in the body.
 */
export function unnamedHolder(
  text: string,
  offset: number,
  person: Person,
  people: readonly Person[],
  orgs: readonly OrgMention[],
): { country: string; org: OrgMention | null } | null {
  const head = person.title ? titleHead(person.title) : null;
  if (!head) return null;
  let others: number[] | null = null;
  let found: { country: string; org: OrgMention | null } | null = null;
  for (const m of text.matchAll(unnamedHolderPattern(head))) {
    const country = statesIn(m[1]!)[0];
    if (!country) continue;
    const [from, to] = [offset + m.index, offset + m.index + m[0].length];
    others ??= people
      .filter((q) => q !== person)
      .flatMap((q) => q.mentions.filter((x) => x.title && titleHead(x.title) === head).map((x) => x.start));
    if (others.some((at) => at > to && at < offset + text.length)) continue;
    const org = orgs.find((o) => o.index >= from && o.index < to && o.country === country) ?? null;
    found = { country, org };
  }
  return found;
}

// "Kosovo sent its chief negotiator, X": a state sending its envoy, right before the name.
const SENDER_RE =
  /\b((?:[A-Z][\w'-]*\s){1,3})(?:sent|dispatched|sends|dispatches)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:negotiators?|envoys?|representatives?|ministers?|ambassadors?|delegates?),?\s+(?:[A-Z][\w.]*\s+)?$/;

/** The state that sent the person named right after it ("A sent its envoy, X"), or null. */
export function senderCountry(before: string): string | null {
  const m = SENDER_RE.exec(before);
  return m ? (statesIn(m[1]!.trim()).pop() ?? null) : null;
}

/** "Zhang, a spokesperson for the ministry": the ministry (with its state) named last before the mention. */
export function ministryAnaphor(
  norm: string,
  nameEnd: number,
  nameStart: number,
  orgs: readonly OrgMention[],
): OrgMention | null {
  const m = MINISTRY_REF_RE.exec(norm.slice(nameEnd, nameEnd + 90));
  if (!m) return null;
  const kind = m[1] === 'ministry' ? 'ministry' : 'department';
  let best: OrgMention | null = null;
  for (const o of orgs) if (o.index < nameStart && o.kind === kind && o.country) best = o;
  return best;
}

const isFormer = (title: string | null): boolean => /^former /i.test(title ?? '');

function head(title: string | null): string {
  return (title ?? '').toLowerCase().replace(/^(?:former|acting|then) /, '');
}

/**
 * Two people with the same office in one encounter serve different states: when neither states its own,
 * the first named is the home state's, and the other takes the foreign state the article is about
 * (named beside the encounter, else the one most of the article's foreign people serve).
 */
export function counterpartCountries(
  drafts: readonly MeetingDraft[],
  people: Person[],
  explicit: readonly boolean[],
  home: string | null,
  sentenceStates: readonly string[][],
): void {
  if (!home) return;
  const count = new Map<string, number>();
  people.forEach((p) => {
    if (p.country && p.country !== home) count.set(p.country, (count.get(p.country) ?? 0) + 1);
  });
  const foreign = new Set(count.keys());
  // The state most of the article's foreign people serve, when one leads.
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  const main = ranked[0] && (ranked.length === 1 || ranked[0][1] > ranked[1]![1]) ? ranked[0][0] : null;
  for (const d of drafts) {
    const open = d.participants.filter((i) => !explicit[i] && !people[i]!.country && people[i]!.title);
    if (open.length < 2) continue;
    // The foreign state: one named beside the encounter among the article's foreign people, else the only one.
    const near = new Set(d.sentences.flatMap((si) => sentenceStates[si] ?? []).filter((c) => foreign.has(c)));
    const other = near.size === 1 ? [...near][0]! : main;
    if (!other) continue;
    for (let a = 0; a < open.length; a++)
      for (let b = a + 1; b < open.length; b++) {
        const pa = people[open[a]!]!;
        const pb = people[open[b]!]!;
        // A former holder of the office is usually the same state's ("President X met former President Y").
        if (pb.country || head(pa.title) !== head(pb.title) || isFormer(pa.title) || isFormer(pb.title))
          continue;
        pa.country = home;
        pb.country = other;
      }
  }
}

/** What a person's titles say of the state they serve: a state's office, a body above states, a private post, or nothing. */
export type Affiliation = 'state' | 'international' | 'private' | 'none';

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);

/** The head of a title: its last head noun before any "of/for/at" complement ("Senior Fellow", "Director of X"). */
function titleHead(title: string): string | null {
  let head: string | null = null;
  for (const w of words(title)) {
    if (w === 'of' || w === 'for' || w === 'at' || w === 'to') break;
    if (TITLE_HEADS.has(w) || PRIVATE_HEADS.has(w)) head = w;
  }
  return head;
}

export function affiliationOf(p: Person): Affiliation {
  const titles = new Set<string>();
  for (const m of p.mentions) if (m.title) titles.add(m.title);
  if (p.title) titles.add(p.title);
  const orgs = [p.org, ...p.mentions.map((m) => m.org)].filter((o) => !!o).map((o) => o!.name);
  if ([...titles, ...orgs].some((t) => INTERNATIONAL_BODY_RE.test(t))) return 'international';
  if (orgs.some((o) => words(o).some((w) => PRIVATE_BODY_WORDS.has(w)))) return 'private';
  let state = !!p.rank;
  for (const t of titles) {
    const head = titleHead(t);
    if (head && PRIVATE_HEADS.has(head)) return 'private';
    // A counterpart is by definition on the other side: it says nothing of the home state.
    if (head && head !== 'counterpart') state = true;
  }
  return state ? 'state' : 'none';
}

/**
 * The state an article is about when its outlet has none: the one named most often, not counting the adjectives and
 * possessives that already gave a person their state ("French President X" is X's, not the story's); null on a tie.
 */
export function dominantState(people: readonly Person[], sentenceStates: readonly string[][]): string | null {
  const count = new Map<string, number>();
  for (const ss of sentenceStates) for (const c of ss) count.set(c, (count.get(c) ?? 0) + 1);
  for (const p of people)
    for (const m of p.mentions)
      if (m.country && m.sentence >= 0) count.set(m.country, (count.get(m.country) ?? 0) - 1);
  const ranked = [...count].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  return ranked[0] && (!ranked[1] || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

// Offices a state has one holder of at a time.
const SOLE_OFFICE =
  /^(?:president|vice president|prime minister|premier|chancellor|king|queen|emperor|secretary of state|(?:foreign|defen[cs]e) (?:minister|secretary))$/;

/** Whether a state has no office of the title: by its office, its words with their complement, or its head. */
function lacksOffice(state: string, title: string | null): boolean {
  const offices = OFFICES_A_STATE_LACKS[state];
  const full = heldOffice(title);
  const head = title ? titleHead(title) : null;
  return (
    !!offices?.has(office(title)) ||
    !!offices?.has(full) ||
    (!!head && !!HEADS_A_STATE_LACKS[state]?.has(head))
  );
}

/** The office a title names, without "former"/"acting" and complements: two people holding it serve two states. */
export function office(title: string | null): string {
  return heldOffice(title).replace(/ (?:of|for) .*$/, '');
}

/** A title in lower case without the word that dates its holding ("former", "acting"), complement kept. */
function heldOffice(title: string | null): string {
  return (title ?? '').toLowerCase().replace(/^(?:former|acting|then|interim) /, '');
}

/** What else an article says of where its people are: per sentence, the capitals it names as venues and whether it
 *  names a body above states; the dateline's state; the encounters each person had. */
export interface HomeCues {
  sentenceCapitals: readonly string[][];
  sentenceBodies: readonly boolean[];
  datelineState: string | null;
  drafts: readonly MeetingDraft[];
}

/** People who hold a state's office without naming the state serve the home state (an unqualified "President"
 *  in a national paper is that nation's). With no publisher: the state the person's sentence names beside them, else
 *  the state of the dateline's capital ("ISLAMABAD: ..."), else the article's first stated, else its most named (not
 *  the one state of everyone the person met); never a state whose holder of the same office is already named.
 *  Private people and officials of bodies above states keep no state. */
export function homeCountries(
  people: Person[],
  publisher: string | null,
  firstStated: string | null,
  sentenceStates: readonly string[][],
  cues: HomeCues,
): void {
  const { sentenceCapitals, datelineState, drafts, sentenceBodies } = cues;
  const dominant = publisher ? null : dominantState(people, sentenceStates);
  const holders = new Set(
    people
      .filter((p) => p.country && p.title && !/^former /i.test(p.title))
      .map((p) => `${office(p.title)}|${p.country}`),
  );
  for (const p of people) {
    if (p.country || affiliationOf(p) !== 'state') continue;
    // A state that has no such office ("President" in an Australian release) is not the holder's, nor is one whose
    // sole holder of it the article already named ("President Y" beside the paper's own "President X").
    const noSuchOffice =
      !!publisher &&
      (lacksOffice(publisher, p.title) ||
        (SOLE_OFFICE.test(office(p.title)) &&
          !/^former /i.test(p.title ?? '') &&
          holders.has(`${office(p.title)}|${publisher}`)));
    if (publisher && !noSuchOffice) {
      p.country = publisher;
      if (p.title && !/^former /i.test(p.title)) holders.add(`${office(p.title)}|${publisher}`);
      continue;
    }
    const taken = (c: string | null): boolean =>
      !c ||
      (noSuchOffice && c === publisher) ||
      lacksOffice(c, p.title) ||
      (!!p.title && holders.has(`${office(p.title)}|${c}`));
    const at = (p.mentions.find((m) => m.title) ?? p.mentions[0])?.sentence ?? -1;
    // "X met President Y in Jakarta": the one state whose capital is the venue is the holder's, if free; a body above
    // states meeting there ("a meeting of the EU's Foreign Affairs Council in Brussels") hosts anyone's, unless the
    // sentence names a foreigner the person met there.
    const guest = (c: string): boolean =>
      people.some(
        (q) => q !== p && q.country && q.country !== c && q.mentions.some((m) => m.sentence === at),
      );
    const venue = new Set(
      (sentenceCapitals[at] ?? []).filter((c) => !taken(c) && (!sentenceBodies[at] || guest(c))),
    );
    if (venue.size === 1) {
      p.country = [...venue][0]!;
      continue;
    }
    const near = freeStates(sentenceStates[at] ?? [], people, at);
    const cands = [firstStated, dominant].filter((c) => !taken(c) && near.has(c!));
    const free = [...near].filter((c) => !taken(c));
    const only = near.size === 1 ? [...near][0]! : free.length === 1 ? free[0]! : null;
    // Guessed from the article at large, a state is not the one state of everyone the person met ("Modi ... a lunch
    // with French President X" in an article that names France first).
    const self = people.indexOf(p);
    const met = new Set(
      drafts
        .filter((d) => d.participants.includes(self))
        .flatMap((d) => d.participants.filter((i) => i !== self).map((i) => people[i]!.country)),
    );
    if (met.size !== 1) met.clear();
    // "HA NOI — Viet Nam attaches importance to ties with China, Prime Minister X told ...": of the sentence's states,
    // the dateline's.
    const here = datelineState && near.has(datelineState) && !taken(datelineState) ? datelineState : null;
    p.country =
      here ??
      (cands.length === 1
        ? cands[0]!
        : ([only, datelineState].find((c) => !taken(c)) ??
          [firstStated, dominant].find((c) => !taken(c) && !met.has(c)) ??
          null));
  }
}

/** The states a sentence names beyond those its people's own titles and possessives account for. */
function freeStates(states: readonly string[], people: readonly Person[], sentence: number): Set<string> {
  const left = [...states];
  for (const p of people)
    for (const m of p.mentions)
      if (m.sentence === sentence && m.country) {
        const at = left.indexOf(m.country);
        if (at >= 0) left.splice(at, 1);
      }
  return new Set(left);
}

/** "X has met Italian Prime Minister Y and German Chancellor Z" in a national outlet: an untitled person meeting only
 * foreign officials is on the outlet's side. */
export function hostSideCountries(
  drafts: readonly MeetingDraft[],
  people: Person[],
  publisher: string | null,
): void {
  if (!publisher) return;
  for (const d of drafts) {
    const others = d.participants.map((i) => people[i]!).filter((p) => p.country);
    if (!others.length || others.some((p) => p.country === publisher)) continue;
    for (const i of d.participants) {
      const p = people[i]!;
      if (!p.country && !p.title && affiliationOf(p) === 'none') p.country = publisher;
    }
  }
}
