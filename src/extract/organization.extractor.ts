// Organizations: bodies named in the text, the bodies people's titles imply, and international ones.
import { lookupCountry } from './country-gazetteer';
import type { ExtractedOrganization } from './extraction.types';
import { INTERNATIONAL_BODIES, TITLE_HEADS, TITLE_MODS } from './lexicon.data';
import { canonicalOrgName, orgKind, type OrgRef } from './organization-names';
import type { Person } from './people.types';
import { CONNECTORS } from './title-words';

/** A named body in the text with the state it was found to belong to (null when not stated). */
export interface OrgMention {
  index: number;
  canonical: string;
  name: string;
  kind: OrgRef['kind'];
  country: string | null;
}

const ORG_HEAD_RE =
  /\b(?:Ministry|Department|Office|Commission|Committee|Council|Assembly|Agency|Bureau|Cabinet|Command|Party)\b/g;
const ORG_LEFT_RE = /(?:[A-Z][\w'-]*\.? )*$/;
const ORG_RIGHT_RE = /^(?: (?:of|for) (?:the )?(?:[A-Z][\w'-]*)(?: (?:and |of |the )?[A-Z][\w'-]*)*)?/;
const SINGLE_WORD_BODY = /^(Cabinet|Pentagon)$/;
const DETERMINER = /^(?:The|A|An|This|That|Our|Their)$/;

/** A name's tail up to an "and" that opens a title: "… Commission and Foreign Minister Ana Lima" names two things. */
function beforeTitle(tail: string): string {
  const and = / and ((?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*)*)/g;
  for (let m = and.exec(tail); m; m = and.exec(tail))
    if (m[1]!.split(' ').some((w) => TITLE_HEADS.has(w.toLowerCase()))) return tail.slice(0, m.index);
  return tail;
}

/** Named bodies in the text, anchored on their head word and grown over capitalized words on both sides. */
function* orgNames(norm: string): Generator<{ raw: string; index: number }> {
  ORG_HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORG_HEAD_RE.exec(norm))) {
    const before = norm.slice(Math.max(0, m.index - 60), m.index);
    const left = ORG_LEFT_RE.exec(before)?.[0] ?? '';
    const right = beforeTitle(
      ORG_RIGHT_RE.exec(norm.slice(m.index + m[0].length, m.index + m[0].length + 90))?.[0] ?? '',
    );
    const index = m.index - left.length;
    yield { raw: (left + m[0] + right).trim(), index };
    ORG_HEAD_RE.lastIndex = m.index + m[0].length + right.length;
  }
}

/** Named bodies with the state their own words give (a leading adjective, a possessive, "of X"). */
export function findOrgMentions(norm: string): OrgMention[] {
  const out: OrgMention[] = [];
  for (const om of orgNames(norm)) {
    const raw = om.raw;
    const words = raw.split(' ');
    if (words.length < 2 && !SINGLE_WORD_BODY.test(raw)) continue;
    // A leading state adjective or name gives the body's country and is not part of its name.
    let country: string | null = null;
    let name = raw;
    // after a determiner, which is no more part of it than of the name: "The US State Department"
    const from = DETERMINER.test(words[0]!) ? 1 : 0;
    for (let n = Math.min(5 + from, words.length - 1); n > from; n--) {
      const c = lookupCountry(words.slice(from, n).join(' ').replace(/'s$/, ''));
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
    if (name.split(' ').length < 2 && !SINGLE_WORD_BODY.test(name)) continue;
    if (DETERMINER.test(name.split(' ')[0]!)) name = name.replace(/^\w+ /, '');
    const canonical = canonicalOrgName(name, country);
    out.push({ index: om.index, name, canonical, kind: orgKind(canonical), country });
  }
  return out;
}

type OrgInput = Pick<OrgRef, 'name' | 'canonical' | 'kind' | 'country'>;

/** The article's organizations, one per canonical name and state, with ids in order of first use. */
class OrganizationList {
  readonly list: ExtractedOrganization[] = [];
  private readonly byKey = new Map<string, ExtractedOrganization>();

  idOf(ref: OrgInput, aliases: readonly string[] = []): string {
    const key = `${ref.canonical}\u0000${ref.country ?? ''}`;
    let o = this.byKey.get(key);
    if (!o) {
      o = {
        id: `o${this.list.length + 1}`,
        name: ref.canonical,
        aliases: [],
        kind: ref.kind,
        country: ref.country,
        parent: null,
      };
      this.list.push(o);
      this.byKey.set(key, o);
    }
    for (const a of ref.name !== ref.canonical ? [ref.name, ...aliases] : aliases)
      if (!o.aliases.includes(a)) o.aliases.push(a);
    return o.id;
  }
}

/** Organizations of the article and, per person, the id of the body their title belongs to. */
export function extractOrganizations(
  norm: string,
  people: readonly Person[],
  orgMentions: readonly OrgMention[],
  publisher: string | null,
): { organizations: ExtractedOrganization[]; personOrg: Array<string | null> } {
  const orgs = new OrganizationList();
  const personOrg = people.map((p) =>
    p.org ? orgs.idOf({ ...p.org, country: p.org.country ?? p.country }) : null,
  );
  for (const body of INTERNATIONAL_BODIES)
    if (body.pattern.test(norm)) orgs.idOf({ ...body, canonical: body.name }, body.aliases);
  const mentions = orgMentions.flatMap((om) => withoutPerson(om, people));
  const stated = statesByName(orgs.list, mentions);
  for (const om of mentions) {
    const country =
      om.country ??
      (publisher && /^(Ministry|Department|Office|Cabinet|Foreign Ministry)/.test(om.name)
        ? publisher
        : null) ??
      // reached only for a stateless mention, whose canonical name was made without a state
      soleState(stated, om.canonical);
    orgs.idOf({
      name: om.name,
      canonical: om.country ? om.canonical : canonicalOrgName(om.name, country),
      kind: om.kind,
      country,
    });
  }
  linkParents(orgs.list);
  return { organizations: orgs.list, personOrg };
}

/**
 * A mention whose name ran on into a person's ("Ministry of Defense General Ana Lima") cut before the person and the
 * title words that open the person's name; none when too little is left to be a name.
 */
function withoutPerson(om: OrgMention, people: readonly Person[]): OrgMention[] {
  let holder: Person | undefined;
  let at = -1;
  for (const p of people) {
    const i = p.name.includes(' ') ? om.name.indexOf(` ${p.name}`) : -1;
    if (i > 0 && (at < 0 || i < at)) [holder, at] = [p, i];
  }
  if (!holder) return [om];
  const words = om.name.slice(0, at).split(' ');
  const last = () => words[words.length - 1]?.toLowerCase() ?? '';
  // a title ends in its head ("Permanent Secretary"); a body may end in a modifier word ("Department of State")
  if (TITLE_HEADS.has(last())) while (TITLE_HEADS.has(last()) || TITLE_MODS.has(last())) words.pop();
  while (CONNECTORS.has(last())) words.pop();
  const name = words.join(' ');
  if (words.length < 2 && !SINGLE_WORD_BODY.test(name)) return [];
  // the body of that person's title, so of their state when the words give none
  const country = om.country ?? holder.country;
  const canonical = canonicalOrgName(name, country);
  return [{ ...om, name, canonical, kind: orgKind(canonical), country }];
}

/** The states each body of the article is named with, by canonical name (from titles and from named mentions). */
function statesByName(
  fromTitles: readonly ExtractedOrganization[],
  mentions: readonly OrgMention[],
): Map<string, Set<string>> {
  const states = new Map<string, Set<string>>();
  const add = (name: string, country: string | null) => {
    if (country) states.set(name, (states.get(name) ?? new Set()).add(country));
  };
  for (const o of fromTitles) add(o.name, o.country);
  for (const om of mentions) add(om.canonical, om.country);
  return states;
}

/** A body named once with its state and again without ("the Ministry of Mines") is that state's, if only one's. */
function soleState(states: ReadonlyMap<string, ReadonlySet<string>>, canonical: string): string | null {
  const found = states.get(canonical);
  return found?.size === 1 ? [...found][0]! : null;
}

/** Departments and offices belong to the ministry whose name follows them or whose country they share. */
function linkParents(orgs: ExtractedOrganization[]): void {
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
}
