// Grouping mentions into people: full names by key or token subset, single names by surname, title and state.
import { foldName, personKey } from '../domain/names';
import { WEAK_TITLES } from './lexicon.data';
import type { Person, PersonMention } from './people.types';

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

/** A generic title alone ("Member", "leader"); with a complement it names an office ("Member of Parliament"). */
function isWeak(title: string | null): boolean {
  if (!title) return true;
  if (/ (of|for) /i.test(title)) return false;
  const words = title.toLowerCase().split(/[\s-]+/);
  return WEAK_TITLES.has(words[words.length - 1]!) || WEAK_TITLES.has(words[0]!);
}

function keyTokens(tokens: string[]): Set<string> {
  return new Set(tokens.filter((t) => !/^[A-Z]\.$/.test(t)).map((t) => foldName(t)));
}

/** People of one article with indexes by name key and by name token, so grouping stays linear in mentions. */
class PeopleIndex {
  readonly people: Person[] = [];
  private readonly byKey = new Map<string, Person>();
  private readonly byToken = new Map<string, Person[]>();
  private readonly position = new Map<Person, number>();

  add(name: string, tokens: Set<string>): Person {
    const p: Person = {
      name,
      aliases: [],
      title: null,
      rank: null,
      country: null,
      org: null,
      mentions: [],
      keyTokens: tokens,
    };
    this.position.set(p, this.people.length);
    this.people.push(p);
    this.indexName(p, name);
    return p;
  }

  indexName(p: Person, name: string): void {
    const key = personKey(name);
    if (!this.byKey.has(key)) this.byKey.set(key, p);
    for (const t of p.keyTokens) {
      const list = this.byToken.get(t) ?? [];
      if (!list.includes(p)) list.push(p);
      this.byToken.set(t, list);
    }
  }

  byName(name: string): Person | undefined {
    return this.byKey.get(personKey(name));
  }

  /** People whose current name tokens include `token`, in the order they were first found. */
  withToken(token: string): Person[] {
    return (this.byToken.get(token) ?? [])
      .filter((p) => p.keyTokens.has(token))
      .sort((a, b) => this.indexOf(a) - this.indexOf(b));
  }

  /** The first person whose name tokens contain, or are contained in, `tokens` (two at least in common). */
  subsetOf(tokens: Set<string>): Person | undefined {
    const seen = new Set<Person>();
    for (const t of tokens) for (const p of this.byToken.get(t) ?? []) seen.add(p);
    let best: Person | undefined;
    for (const x of seen) {
      const small = tokens.size <= x.keyTokens.size ? tokens : x.keyTokens;
      const big = small === tokens ? x.keyTokens : tokens;
      if (
        small.size >= 2 &&
        [...small].every((t) => big.has(t)) &&
        (!best || this.indexOf(x) < this.indexOf(best))
      )
        best = x;
    }
    return best;
  }

  indexOf(p: Person): number {
    return this.position.get(p)!;
  }
}

const isFull = (m: PersonMention): boolean => m.tokens.filter((t) => !/^[A-Z]\.$/.test(t)).length >= 2;

/** Groups mentions into people: full names by key/subset, single names by surname with title and country as tie-breakers. */
export function resolvePeople(mentions: PersonMention[], headlineTitles: Map<string, string>): Person[] {
  const index = new PeopleIndex();
  const people = index.people;
  for (const m of mentions.filter(isFull)) {
    const kt = keyTokens(m.tokens);
    let p = index.byName(m.name) ?? index.subsetOf(kt);
    if (!p) p = index.add(m.name, kt);
    else if (kt.size > p.keyTokens.size) {
      p.aliases.push(p.name);
      p.name = m.name;
      p.keyTokens = kt;
      index.indexName(p, m.name);
    } else if (m.name !== p.name && !p.aliases.includes(m.name)) {
      p.aliases.push(m.name);
      index.indexName(p, m.name);
    }
    m.person = index.indexOf(p);
    p.mentions.push(m);
  }
  for (const m of mentions.filter((x) => !isFull(x))) {
    const tok = foldName(m.tokens[0] ?? m.name);
    const holders = index.withToken(tok);
    const cands = holders.filter((p) => p.keyTokens.size >= 2);
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
    p ??= holders.find((x) => x.keyTokens.size === 1);
    p ??= index.add(m.name, new Set([tok]));
    m.person = index.indexOf(p);
    p.mentions.push(m);
  }
  for (const p of people) {
    const titled = p.mentions.filter((m) => m.title);
    // "Freedom Party leader X": the leader of a named body holds an office.
    const strong = titled.filter((m) => !isWeak(m.title) || (!!m.org && /^leader$/i.test(m.title!)));
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
    // 'Ferdinand "Ferdy" Marcos': the name without its quoted nickname is the common form.
    const plain = p.name.replace(/\s*["“][^"”]{1,30}["”]/, '');
    if (plain !== p.name) variants.add(plain);
    if (parts.length === 2) variants.add(`${parts[1]} ${parts[0]}`);
    const noInitials = parts.filter((x) => !/^[A-Z]\.$/.test(x)).join(' ');
    if (noInitials !== p.name) variants.add(noInitials);
    if (parts.join(' ') !== p.name) variants.add(parts.join(' '));
    for (const v of variants) if (v !== p.name && !p.aliases.includes(v)) p.aliases.push(v);
  }
  return people;
}
