// Decides, for one batch under the load lock, which graph node each extracted mention is: pure, so it is unit-tested.
import { foldName, personKey } from '../domain/names';
import type { ArticleExtraction } from '../extract/extraction.types';
import {
  addDays,
  entityNameKeys,
  familyTokens,
  isStrongPersonName,
  titlesAgree,
  singleToken,
  fullestName,
  meetingIdFor,
  mergeAliases,
  organizationIdFor,
  parseDateSpan,
  personIdFor,
  personNameKeys,
  personStrongKeys,
  placeIdFor,
  placeKey,
  preferredDate,
  preferredKind,
  sameMeeting,
  seriesKey,
  topicIdFor,
  topicKey,
  SAME_DAY_SLACK_DAYS,
  type DateSpan,
  type MeetingFacts,
} from './identity-rules';
import type { EntityLabel, EntityStatus, MergeDecision } from './load.types';

export type NodeLabel = Exclude<EntityLabel, 'Meeting'>;

/** A lookup key: `name` keys search identity_name_keys, `family` keys person_family_keys (full-named people). */
export interface LookupKey {
  label: NodeLabel;
  key: string;
  index?: 'name' | 'family';
}

/** A node the lookup found in the graph. */
export interface ExistingEntity {
  label: NodeLabel;
  id: string;
  name: string;
  aliases: string[];
  nameKeys: string[];
  country: string | null;
  kind: string | null;
  title: string | null;
  /** every title its sources gave (people) */
  titles: string[];
  lastSeen: string | null;
}

export interface ExistingMeeting {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  date: string | null;
  format: string | null;
  series: string | null;
  ordinal: number | null;
  participants: string[];
  principals: string[];
}

export interface EntityMention {
  label: NodeLabel;
  article: string;
  articleDate: string | null;
  localId: string;
  name: string;
  aliases: string[];
  country: string | null;
  kind: string | null;
  title: string | null;
  /** keys that may join this mention to another node */
  linkKeys: string[];
  proposedId: string;
}

/** The node a cluster of mentions becomes: `matchId` is what to MERGE on, `id` what it is called afterwards. */
export interface EntityPlan {
  label: NodeLabel;
  matchId: string;
  /** other existing nodes a bridging mention showed to be the same: merged into `matchId` */
  absorb: string[];
  id: string;
  status: EntityStatus;
  name: string;
  aliases: string[];
  nameKeys: string[];
  country: string | null;
  kind: string | null;
  title: string | null;
  /** every title its sources gave (people): the family-name rule compares them */
  titles: string[];
  /** one existing node whose stored name, aliases, keys, country, kind and titles this plan would write again */
  unchanged: boolean;
}

export interface MeetingMention {
  article: string;
  localId: string;
  name: string;
  kind: string;
  date: DateSpan | null;
  format: string | null;
  series: string | null;
  seriesKey: string | null;
  ordinal: number | null;
  participants: string[];
  principals: string[];
  proposedId: string;
}

export interface MeetingPlan {
  matchId: string;
  absorb: string[];
  id: string;
  status: EntityStatus;
  name: string;
  aliases: string[];
  nameKeys: string[];
  kind: string;
  date: DateSpan | null;
  format: string | null;
  series: string | null;
  seriesKey: string | null;
  ordinal: number | null;
}

export interface EntityResolution {
  plans: EntityPlan[];
  /** `${label}|${articleId}|${localId}` → final id */
  idOf: Map<string, string>;
  decisions: MergeDecision[];
}

export interface MeetingResolution {
  plans: MeetingPlan[];
  idOf: Map<string, string>;
  decisions: MergeDecision[];
}

export function localRef(label: EntityLabel, article: string, localId: string): string {
  return `${label}|${article}|${localId}`;
}

/** The mentions of people, organizations, places and topics in a batch, with the keys that may join them. */
export function entityMentions(batch: ArticleExtraction[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const x of batch) {
    const base = { article: x.article.id, articleDate: x.article.date };
    for (const p of x.people) {
      const forms = [p.name, ...p.aliases];
      const proposedId = personIdFor(p.name, p.country);
      out.push({
        ...base,
        label: 'Person',
        localId: p.id,
        name: p.name,
        aliases: p.aliases,
        country: p.country,
        kind: null,
        title: p.title,
        linkKeys: [...new Set([...forms.flatMap(personStrongKeys), `id:${proposedId}`])].sort(),
        proposedId,
      });
    }
    for (const o of x.organizations) {
      const proposedId = organizationIdFor(o.name, o.country);
      out.push({
        ...base,
        label: 'Organization',
        localId: o.id,
        name: o.name,
        aliases: o.aliases,
        country: o.country,
        kind: o.kind,
        title: null,
        // Organizations join on their id (country + canonical name) only: alias links would chain distinct bodies.
        linkKeys: [`id:${proposedId}`],
        proposedId,
      });
    }
    for (const l of x.places) {
      const proposedId = placeIdFor(l.name, l.country);
      out.push({
        ...base,
        label: 'Place',
        localId: l.id,
        name: l.name,
        aliases: [],
        country: l.country,
        kind: null,
        title: null,
        linkKeys: [`id:${proposedId}`],
        proposedId,
      });
    }
    for (const t of x.topics) {
      const proposedId = topicIdFor(t.name);
      out.push({
        ...base,
        label: 'Topic',
        localId: t.id,
        name: t.name,
        aliases: [],
        country: null,
        kind: null,
        title: null,
        linkKeys: [`id:${proposedId}`],
        proposedId,
      });
    }
  }
  return out;
}

/**
 * What the graph lookup must search per label: `nameKeys` (index `name`) and, for the family-name rule, the
 * `familyKeys` of full-named people (index `family`) for every token of a person's name, so both a single-token
 * mention and a full name loaded after one find each other and every rival bearer of the token.
 */
export function lookupKeys(mentions: EntityMention[]): LookupKey[] {
  const seen = new Set<string>();
  const out: LookupKey[] = [];
  const add = (label: NodeLabel, key: string, index: 'name' | 'family' = 'name') => {
    const k: LookupKey = index === 'name' ? { label, key } : { label, key, index };
    if (!key || seen.has(lookupKeyOrder(k))) return;
    seen.add(lookupKeyOrder(k));
    out.push(k);
  };
  for (const m of mentions) {
    if (m.label === 'Person') {
      for (const f of [m.name, ...m.aliases]) for (const k of personStrongKeys(f)) add('Person', k);
      add('Person', personKeyOrFold(m.name));
      const tokens = isStrongPersonName(m.name) ? familyTokens(m.name) : [singleToken(m.name)];
      for (const t of tokens) {
        add('Person', t, 'family');
        // Single-token nodes carry their token as a name key.
        if (isStrongPersonName(m.name)) add('Person', t);
      }
    } else if (m.label === 'Organization') {
      for (const k of entityNameKeys([m.name, ...m.aliases])) add('Organization', k);
    } else if (m.label === 'Place') {
      add('Place', placeKey(m.name));
    } else {
      add('Topic', topicKey(m.name));
    }
  }
  return out;
}

/** The batch's lookup keys: each once, sorted, from the keys of its articles. */
export function batchLookupKeys(perArticle: LookupKey[][]): LookupKey[] {
  const byOrder = new Map<string, LookupKey>();
  for (const keys of perArticle) for (const k of keys) byOrder.set(lookupKeyOrder(k), k);
  return [...byOrder.keys()].sort().map((order) => byOrder.get(order)!);
}

/** A lookup key's identity, which also orders the batch's keys. */
function lookupKeyOrder(k: LookupKey): string {
  return `${k.label}|${k.key}|${k.index ?? ''}`;
}

function personKeyOrFold(name: string): string {
  return personKey(name) || foldName(name);
}

/** Keys an existing node offers for joining, in the same spaces as `EntityMention.linkKeys`. */
function existingLinkKeys(e: ExistingEntity): string[] {
  const keys = new Set<string>([`id:${e.id}`]);
  if (e.label === 'Person')
    for (const f of [e.name, ...e.aliases]) for (const k of personStrongKeys(f)) keys.add(k);
  return [...keys];
}

interface Cluster {
  existing: ExistingEntity[];
  mentions: EntityMention[];
  /** why each mention joined: index-aligned with mentions */
  reasons: Array<{ rule: string; reason: string }>;
  /** every key its members offer for joining */
  keys: Set<string>;
  /** creation order: a mention matching several clusters joins the earliest */
  rank: number;
}

function latest<T>(
  items: Array<{ date: string | null; value: T | null }>,
  tie: (a: T, b: T) => number,
): T | null {
  const list = items.filter(
    (i): i is { date: string | null; value: T } => i.value !== null && i.value !== undefined,
  );
  list.sort((a, b) => {
    const da = a.date ?? '';
    const db = b.date ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return tie(a.value, b.value);
  });
  return list[0]?.value ?? null;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byFullness = (a: string, b: string) => b.length - a.length || byText(a, b);

/** Picks the final id: the smallest proposal not already naming another node, so load order does not matter. */
function chooseId(candidates: string[], taken: Set<string>, suffix: string): string {
  const sorted = [...new Set(candidates)].sort();
  for (const c of sorted) if (!taken.has(c)) return c;
  const base = sorted[0] ?? 'x';
  for (let n = 0; ; n++) {
    const id = n === 0 ? `${base}:${suffix}` : `${base}:${suffix}${n}`;
    if (!taken.has(id)) return id;
  }
}

function describeCluster(c: {
  existing: Array<{ id: string; name: string }>;
  mentions: Array<{ name: string }>;
}): string {
  if (c.existing.length) return c.existing.map((e) => `existing "${e.name}" (${e.id})`).join(' and ');
  return `"${c.mentions[0]?.name}" in this batch`;
}

/**
 * Groups the batch's mentions with each other and with existing nodes. People join on any shared strong name key
 * (and single-token names on their country-scoped id); organizations, places and topics on their id. A mention that
 * matches two existing nodes merges them (`absorb`), so the outcome does not depend on which article came first.
 */
export function resolveEntities(mentions: EntityMention[], existing: ExistingEntity[]): EntityResolution {
  const labels: NodeLabel[] = ['Person', 'Organization', 'Place', 'Topic'];
  const plans: EntityPlan[] = [];
  const idOf = new Map<string, string>();
  const decisions: MergeDecision[] = [];
  for (const label of labels) {
    const ms = mentions
      .filter((m) => m.label === label)
      .sort(
        (a, b) =>
          byText(a.proposedId, b.proposedId) ||
          byText(a.name, b.name) ||
          byText(a.article, b.article) ||
          byText(a.localId, b.localId),
      );
    const ex = existing.filter((e) => e.label === label).sort((a, b) => byText(a.id, b.id));
    let clusters: Cluster[] = [];
    // key → the clusters holding it: a mention finds its matches without a scan of every cluster.
    const holders = new Map<string, Set<Cluster>>();
    let opened = 0;
    const hold = (c: Cluster, k: string) => {
      c.keys.add(k);
      const set = holders.get(k);
      if (set) set.add(c);
      else holders.set(k, new Set([c]));
    };
    const open = (existing: ExistingEntity[], keys: string[]): Cluster => {
      const c: Cluster = { existing, mentions: [], reasons: [], keys: new Set(), rank: opened++ };
      clusters.push(c);
      for (const k of keys) hold(c, k);
      return c;
    };
    for (const e of ex) open([e], existingLinkKeys(e));
    for (const m of ms) {
      const found = new Set<Cluster>();
      for (const k of m.linkKeys) for (const c of holders.get(k) ?? []) found.add(c);
      const matching = [...found].sort((a, b) => a.rank - b.rank);
      let reason: { rule: string; reason: string };
      let target: Cluster;
      if (!matching.length) {
        target = open([], []);
        reason = { rule: 'new', reason: 'no node shares a name key' };
      } else {
        const shared = [...new Set(matching.flatMap((c) => m.linkKeys.filter((k) => c.keys.has(k))))];
        const rule =
          matching.filter((c) => c.existing.length).length > 1
            ? 'bridge'
            : shared.some((k) => k.startsWith('id:'))
              ? 'same-id'
              : 'same-name-key';
        reason = {
          rule,
          reason: `shares ${shared.map((k) => `"${k}"`).join(', ')} with ${matching.map(describeCluster).join(' and ')}`,
        };
        target = matching[0]!;
        const absorbed = new Set(matching.slice(1));
        for (const other of absorbed) {
          target.existing.push(...other.existing);
          target.mentions.push(...other.mentions);
          target.reasons.push(...other.reasons);
          for (const k of other.keys) {
            holders.get(k)!.delete(other);
            hold(target, k);
          }
        }
        if (absorbed.size) clusters = clusters.filter((c) => !absorbed.has(c));
      }
      target.mentions.push(m);
      target.reasons.push(reason);
      for (const k of m.linkKeys) hold(target, k);
    }

    if (label === 'Person') clusters = joinFamilyNames(clusters);

    // Final ids: taken ids are those of existing nodes outside the cluster and ids already handed out.
    const taken = new Set<string>(ex.map((e) => e.id));
    for (const c of clusters.filter((x) => x.mentions.length > 0)) {
      const own = c.existing.map((e) => e.id).sort();
      own.forEach((id) => taken.delete(id));
      const id = chooseId([...own, ...c.mentions.map((m) => m.proposedId)], taken, 'b');
      own.forEach((o) => taken.add(o));
      taken.add(id);
      const plan = buildPlan(label, c, id);
      plans.push(plan);
      c.mentions.forEach((m, i) => {
        idOf.set(localRef(label, m.article, m.localId), id);
        decisions.push({
          label,
          article: m.article,
          name: m.name,
          id,
          status: plan.status,
          ...c.reasons[i]!,
        });
      });
    }
  }
  return { plans, idOf, decisions };
}

/** Every name and alias a cluster's members give. */
function namesOf(c: Cluster): string[] {
  return [...c.existing, ...c.mentions].flatMap((x) => [x.name, ...x.aliases]);
}

/** Every title a cluster's members give, sorted. */
function titlesOf(c: Cluster): string[] {
  const all = [...c.existing.flatMap((e) => [e.title, ...e.titles]), ...c.mentions.map((m) => m.title)];
  return [...new Set(all.filter((t): t is string => !!t))].sort(byText);
}

/**
 * The family-name rule: a cluster of single-token names ("Biden", "Secretary Blinken") joins the full-named person
 * whose name holds that token, when that is the only full-named person bearing it among the batch and the nodes the
 * lookup found (it looks every bearer up), and either a title of one contains a title of the other ("Secretary" and
 * "Secretary of State", among every title each was given) or the person already goes by that single name (an
 * article called them so, or an earlier join did). Countries are not compared: an article's country for a bare
 * name is often its own ("Putin" in a US readout). Otherwise the names stay apart: joining on the token alone would
 * merge unrelated people ("Kim"). A bearer loaded after a join does not undo it.
 */
function joinFamilyNames(clusters: Cluster[]): Cluster[] {
  // Token → the full-named clusters bearing it: each weak cluster finds its bearers without a scan.
  const bearersOf = new Map<string, Set<Cluster>>();
  for (const c of clusters)
    for (const token of namesOf(c).flatMap(familyTokens)) {
      const set = bearersOf.get(token);
      if (set) set.add(c);
      else bearersOf.set(token, new Set([c]));
    }
  const joined = new Set<Cluster>();
  for (const weak of clusters) {
    const names = namesOf(weak);
    if (!names.length || names.some(isStrongPersonName)) continue;
    const token = singleToken(names[0]!);
    const bearers = [...(bearersOf.get(token) ?? [])];
    const person = bearers.length === 1 ? bearers[0]! : undefined;
    if (!person || (!weak.mentions.length && !person.mentions.length)) continue;
    const known = namesOf(person).find((n) => !isStrongPersonName(n) && singleToken(n) === token);
    const agreeing = titlesOf(weak)
      .flatMap((a) => titlesOf(person).map((b) => [a, b] as const))
      .find(([a, b]) => titlesAgree(a, b));
    if (!known && !agreeing) continue;
    const why = agreeing
      ? `"${agreeing[0]}" agrees with "${agreeing[1]}"`
      : `that person already goes by "${known}"`;
    const reason = {
      rule: 'family-name',
      reason: `"${token}" is in the name of ${describeCluster(person)}, the only full-named person bearing it, and ${why}`,
    };
    person.existing.push(...weak.existing);
    person.mentions.push(...weak.mentions);
    person.reasons.push(...weak.mentions.map(() => reason));
    joined.add(weak);
  }
  return clusters.filter((c) => !joined.has(c));
}

/** A merged node's display name (the fullest form) and every other form its sources gave. */
function clusterNames(
  existing: Array<{ name: string; aliases: string[] }>,
  mentions: Array<{ name: string }>,
  fallback: string,
  extraAliases: string[] = [],
): { name: string; aliases: string[] } {
  const name = fullestName([...existing.map((e) => e.name), ...mentions.map((m) => m.name)]) ?? fallback;
  const aliases = mergeAliases(
    name,
    existing.flatMap((e) => [e.name, ...e.aliases]),
    mentions.map((m) => m.name),
    extraAliases,
  );
  return { name, aliases };
}

function buildPlan(label: NodeLabel, c: Cluster, id: string): EntityPlan {
  const ex = c.existing;
  const { name, aliases } = clusterNames(
    ex,
    c.mentions,
    id,
    c.mentions.flatMap((m) => m.aliases),
  );
  const forms = [name, ...aliases];
  const keys =
    label === 'Person'
      ? personNameKeys(forms)
      : label === 'Place'
        ? [...new Set([...entityNameKeys(forms), ...forms.map(placeKey)])].filter(Boolean).sort()
        : entityNameKeys(forms);
  const nameKeys = [...new Set([...ex.flatMap((e) => e.nameKeys), ...keys])].sort();
  const dated = <T>(pick: (m: EntityMention) => T | null, old: (e: ExistingEntity) => T | null) => [
    ...c.mentions.map((m) => ({ date: m.articleDate, value: pick(m) })),
    ...ex.map((e) => ({ date: e.lastSeen, value: old(e) })),
  ];
  const kinds = [...ex.map((e) => e.kind), ...c.mentions.map((m) => m.kind)].filter((k): k is string => !!k);
  const specific = kinds.filter((k) => k !== 'other').sort(byText);
  const own = ex.map((e) => e.id).sort();
  const plan = {
    label,
    matchId: own[0] ?? id,
    absorb: own.slice(1),
    id,
    status: ex.length ? ('matched' as const) : ('created' as const),
    name,
    aliases,
    nameKeys,
    country:
      label === 'Topic'
        ? null
        : latest(
            dated(
              (m) => m.country,
              (e) => e.country,
            ),
            byText,
          ),
    kind: label === 'Organization' ? (specific[0] ?? kinds[0] ?? 'other') : null,
    title:
      label === 'Person'
        ? latest(
            dated(
              (m) => m.title,
              (e) => e.title,
            ),
            byFullness,
          )
        : null,
    titles: label === 'Person' ? titlesOf(c) : [],
  };
  return { ...plan, unchanged: ex.length === 1 && ex[0]!.id === id && storedAlready(ex[0]!, plan) };
}

/** Whether a node already holds what a plan would write (the properties derived from these are then equal too). */
function storedAlready(e: ExistingEntity, p: Omit<EntityPlan, 'unchanged'>): boolean {
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return (
    e.name === p.name &&
    same(e.aliases, p.aliases) &&
    same(e.nameKeys, p.nameKeys) &&
    (e.country ?? null) === p.country &&
    (e.kind ?? null) === p.kind &&
    (e.title ?? null) === p.title &&
    same(e.titles, p.titles)
  );
}

/** Meetings of a batch with participants and place already resolved to graph ids. */
export function meetingMentions(batch: ArticleExtraction[], idOf: Map<string, string>): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const x of batch) {
    const resolved = new Map(x.people.map((p) => [p.id, idOf.get(localRef('Person', x.article.id, p.id))]));
    // A meeting's id hashes its people as this article names them, not as they resolve: a later merge of two people
    // (a bare family name joining a full name) then cannot make the id depend on load order.
    const named = new Map(x.people.map((p) => [p.id, personIdFor(p.name, p.country)]));
    const ids = (locals: string[], by: Map<string, string | undefined>) =>
      [...new Set(locals.map((l) => by.get(l)).filter((p): p is string => !!p))].sort();
    for (const m of x.meetings) {
      const principalLocals = m.roles.filter((r) => r.role === 'principal').map((r) => r.person);
      const participants = ids(m.participants, resolved);
      const principals = ids(principalLocals, resolved);
      const namedPrincipals = ids(principalLocals, named);
      const sk = seriesKey(m.series);
      const date = parseDateSpan(m.date);
      out.push({
        article: x.article.id,
        localId: m.id,
        name: m.name,
        kind: m.kind,
        date,
        format: m.format,
        series: m.series,
        seriesKey: sk,
        ordinal: m.ordinal,
        participants,
        principals,
        proposedId: meetingIdFor({
          seriesKey: sk,
          ordinal: m.ordinal,
          date: date?.date ?? null,
          participants: namedPrincipals.length >= 2 ? namedPrincipals : ids(m.participants, named),
          articleId: x.article.id,
          localId: m.id,
        }),
      });
    }
  }
  return out.sort(
    (a, b) =>
      byText(a.proposedId, b.proposedId) || byText(a.article, b.article) || byText(a.localId, b.localId),
  );
}

function factsOfMention(m: MeetingMention): MeetingFacts {
  return {
    id: m.proposedId,
    name: m.name,
    kind: m.kind,
    date: m.date,
    format: m.format,
    seriesKey: m.seriesKey,
    ordinal: m.ordinal,
    participants: m.participants,
    principals: m.principals,
  };
}

function factsOfExisting(e: ExistingMeeting): MeetingFacts {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    date: parseDateSpan(e.date),
    format: e.format,
    seriesKey: seriesKey(e.series),
    ordinal: e.ordinal,
    participants: e.participants,
    principals: e.principals,
  };
}

interface MeetingCluster {
  existing: ExistingMeeting[];
  facts: MeetingFacts[];
  mentions: MeetingMention[];
  reasons: Array<{ rule: string; reason: string }>;
}

/**
 * One encounter per cluster: a mention joins every cluster any member of which `sameMeeting` accepts; when it
 * matches two existing meetings they are merged (`absorb`), so the outcome does not depend on load order.
 */
export function resolveMeetings(mentions: MeetingMention[], existing: ExistingMeeting[]): MeetingResolution {
  let clusters: MeetingCluster[] = [...existing]
    .sort((a, b) => byText(a.id, b.id))
    .map((e) => ({ existing: [e], facts: [factsOfExisting(e)], mentions: [], reasons: [] }));
  for (const m of mentions) {
    const f = factsOfMention(m);
    const matching: Array<{ c: MeetingCluster; rule: string; reason: string }> = [];
    for (const c of clusters) {
      for (const g of c.facts) {
        const decision = sameMeeting(f, g);
        if (!decision.same) continue;
        matching.push({ c, rule: decision.rule, reason: decision.reason });
        break;
      }
    }
    if (!matching.length) {
      clusters.push({
        existing: [],
        facts: [f],
        mentions: [m],
        reasons: [
          { rule: 'new', reason: 'no meeting with a compatible date and shared participants or series' },
        ],
      });
      continue;
    }
    const target = matching[0]!.c;
    const bridged = matching.filter((x) => x.c.existing.length).length > 1;
    const reason = {
      rule: bridged ? 'bridge' : matching[0]!.rule,
      reason: `${matching[0]!.reason}: same encounter as ${matching.map((x) => describeCluster(x.c)).join(' and ')}`,
    };
    for (const { c: other } of matching.slice(1)) {
      target.existing.push(...other.existing);
      target.facts.push(...other.facts);
      target.mentions.push(...other.mentions);
      target.reasons.push(...other.reasons);
    }
    clusters = clusters.filter((c) => !matching.slice(1).some((x) => x.c === c));
    target.mentions.push(m);
    target.facts.push(f);
    target.reasons.push(reason);
  }
  const plans: MeetingPlan[] = [];
  const idOf = new Map<string, string>();
  const decisions: MergeDecision[] = [];
  const taken = new Set(existing.map((e) => e.id));
  for (const c of clusters.filter((x) => x.mentions.length > 0)) {
    const own = c.existing.map((e) => e.id).sort();
    own.forEach((o) => taken.delete(o));
    const id = chooseId([...own, ...c.mentions.map((m) => m.proposedId)], taken, 'b');
    own.forEach((o) => taken.add(o));
    taken.add(id);
    const ex = c.existing;
    const { name, aliases } = clusterNames(ex, c.mentions, id);
    const series =
      [...ex.map((e) => e.series), ...c.mentions.map((m) => m.series)]
        .filter((s): s is string => !!s)
        .sort(byFullness)[0] ?? null;
    const ordinals = [...ex.map((e) => e.ordinal), ...c.mentions.map((m) => m.ordinal)]
      .filter((o): o is number => typeof o === 'number')
      .sort((a, b) => a - b);
    const formats = [...ex.map((e) => e.format), ...c.mentions.map((m) => m.format)]
      .filter((s): s is string => !!s)
      .sort(byText);
    const plan: MeetingPlan = {
      matchId: own[0] ?? id,
      absorb: own.slice(1),
      id,
      status: ex.length ? 'matched' : 'created',
      name,
      aliases,
      nameKeys: entityNameKeys([name, ...aliases]),
      kind: preferredKind([...ex.map((e) => e.kind), ...c.mentions.map((m) => m.kind)]),
      date: preferredDate([...ex.map((e) => parseDateSpan(e.date)), ...c.mentions.map((m) => m.date)]),
      format: formats[0] ?? null,
      series,
      seriesKey: seriesKey(series),
      ordinal: ordinals[0] ?? null,
    };
    plans.push(plan);
    c.mentions.forEach((m, i) => {
      idOf.set(localRef('Meeting', m.article, m.localId), id);
      decisions.push({
        label: 'Meeting',
        article: m.article,
        name: m.name,
        id,
        status: plan.status,
        ...c.reasons[i]!,
      });
    });
  }
  return { plans, idOf, decisions };
}

export interface MeetingProbes {
  /** date windows to search, with the people a candidate must share */
  windows: Array<{ from: string; to: string; people: string[] }>;
  series: Array<{ seriesKey: string; ordinal: number }>;
}

/** Existing node id → the id it ends with, for nodes this batch merges into another or renames. */
export function formerIds(plans: EntityPlan[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of plans) for (const old of [p.matchId, ...p.absorb]) if (old !== p.id) out.set(old, p.id);
  return out;
}

/** Existing meetings with their people under the ids this batch gives them (merged or renamed people). */
export function withCurrentPeople(
  meetings: ExistingMeeting[],
  former: Map<string, string>,
): ExistingMeeting[] {
  if (!former.size) return meetings;
  const now = (ids: string[]) => [...new Set(ids.map((id) => former.get(id) ?? id))].sort();
  return meetings.map((m) => ({ ...m, participants: now(m.participants), principals: now(m.principals) }));
}

/**
 * Where to look for meetings a mention could be: its span widened by the slack, the month and year starts, and its
 * series. A person this batch merges is searched under their former ids too: their meetings still hang off those.
 */
export function meetingProbes(
  mentions: MeetingMention[],
  former: Map<string, string> = new Map(),
): MeetingProbes {
  const formerOf = new Map<string, string[]>();
  for (const [old, id] of former) formerOf.set(id, [...(formerOf.get(id) ?? []), old]);
  const windows = new Map<string, { from: string; to: string; people: string[] }>();
  const series = new Map<string, { seriesKey: string; ordinal: number }>();
  const add = (from: string, to: string, current: string[]) => {
    const people = [...new Set(current.flatMap((id) => [id, ...(formerOf.get(id) ?? [])]))].sort();
    const key = `${from}|${to}|${people.join(',')}`;
    if (!windows.has(key)) windows.set(key, { from, to, people });
  };
  for (const m of mentions) {
    if (m.seriesKey && m.ordinal !== null)
      series.set(`${m.seriesKey}|${m.ordinal}`, { seriesKey: m.seriesKey, ordinal: m.ordinal });
    if (!m.date || !m.participants.length) continue;
    add(
      addDays(m.date.start, -SAME_DAY_SLACK_DAYS),
      addDays(m.date.end, SAME_DAY_SLACK_DAYS),
      m.participants,
    );
    add(`${m.date.start.slice(0, 7)}-01`, `${m.date.start.slice(0, 7)}-01`, m.participants);
    add(`${m.date.start.slice(0, 4)}-01-01`, `${m.date.start.slice(0, 4)}-01-01`, m.participants);
  }
  return { windows: [...windows.values()], series: [...series.values()] };
}
