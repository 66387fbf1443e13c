// Decides, for one batch under the load lock, which graph node each extracted mention is: pure, so it is unit-tested.
import type { ArticleExtraction } from '../extract/extraction.types';
import {
  addDays,
  entityNameKeys,
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
  id: string;
  status: EntityStatus;
  name: string;
  aliases: string[];
  nameKeys: string[];
  country: string | null;
  kind: string | null;
  title: string | null;
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
      const proposedId = personIdFor(p.name);
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
      const scope = o.country ?? 'intl';
      out.push({
        ...base,
        label: 'Organization',
        localId: o.id,
        name: o.name,
        aliases: o.aliases,
        country: o.country,
        kind: o.kind,
        title: null,
        linkKeys: [...new Set([...entityNameKeys([o.name, ...o.aliases]).map((k) => `${scope}|${k}`), `id:${proposedId}`])].sort(),
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
        linkKeys: [placeKey(l.name), `id:${proposedId}`].filter((k) => k !== '').sort(),
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

/** What the graph lookup must search `nameKeys` for, per label. */
export function lookupKeys(mentions: EntityMention[]): Array<{ label: NodeLabel; key: string }> {
  const seen = new Set<string>();
  const out: Array<{ label: NodeLabel; key: string }> = [];
  const add = (label: NodeLabel, key: string) => {
    if (!key || seen.has(`${label}|${key}`)) return;
    seen.add(`${label}|${key}`);
    out.push({ label, key });
  };
  for (const m of mentions) {
    if (m.label === 'Person') {
      for (const f of [m.name, ...m.aliases]) for (const k of personStrongKeys(f)) add('Person', k);
      add('Person', m.proposedId.slice('person:'.length));
    } else if (m.label === 'Organization') {
      for (const k of entityNameKeys([m.name, ...m.aliases])) add('Organization', k);
    } else if (m.label === 'Place') {
      add('Place', placeKey(m.name));
    } else {
      add('Topic', topicKey(m.name));
    }
  }
  return out.sort((a, b) => (a.label + a.key < b.label + b.key ? -1 : 1));
}

/** Keys an existing node offers for joining, in the same spaces as `EntityMention.linkKeys`. */
function existingLinkKeys(e: ExistingEntity): string[] {
  const keys = new Set<string>([`id:${e.id}`]);
  if (e.label === 'Person') {
    for (const f of [e.name, ...e.aliases]) for (const k of personStrongKeys(f)) keys.add(k);
  } else if (e.label === 'Organization') {
    for (const k of entityNameKeys([e.name, ...e.aliases])) keys.add(`${e.country ?? 'intl'}|${k}`);
  } else if (e.label === 'Place') {
    keys.add(placeKey(e.name));
  }
  return [...keys];
}

function countriesCompatible(label: NodeLabel, a: string | null, b: string | null): boolean {
  if (label === 'Organization') return a === b;
  if (label === 'Topic') return true;
  return a === null || b === null || a === b;
}

interface Cluster {
  existing: ExistingEntity | undefined;
  country: string | null;
  mentions: EntityMention[];
  /** why each mention joined: index-aligned with mentions */
  reasons: Array<{ rule: string; reason: string }>;
}

function latest<T>(items: Array<{ date: string | null; value: T | null }>, tie: (a: T, b: T) => number): T | null {
  const list = items.filter((i): i is { date: string | null; value: T } => i.value !== null && i.value !== undefined);
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
function chooseId(candidates: string[], taken: Set<string>, own: string | undefined, suffix: string): string {
  const sorted = [...new Set(candidates)].sort();
  for (const c of sorted) if (!taken.has(c) || c === own) return c;
  const base = sorted[0] ?? 'x';
  for (let n = 0; ; n++) {
    const id = n === 0 ? `${base}:${suffix}` : `${base}:${suffix}${n}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * Groups the batch's mentions with each other and with existing nodes: mentions that share a link key and agree on
 * country (or one lacks it) are one node; a group holds at most one existing node and at most one country.
 */
export function resolveEntities(mentions: EntityMention[], existing: ExistingEntity[]): EntityResolution {
  const labels: NodeLabel[] = ['Person', 'Organization', 'Place', 'Topic'];
  const plans: EntityPlan[] = [];
  const idOf = new Map<string, string>();
  const decisions: MergeDecision[] = [];
  for (const label of labels) {
    const ms = mentions
      .filter((m) => m.label === label)
      .sort((a, b) => byText(a.proposedId, b.proposedId) || byText(a.name, b.name) || byText(a.article, b.article) || byText(a.localId, b.localId));
    const ex = existing.filter((e) => e.label === label).sort((a, b) => byText(a.id, b.id));
    const clusters: Cluster[] = ex.map((e) => ({ existing: e, country: e.country, mentions: [], reasons: [] }));
    const byKey = new Map<string, Cluster[]>();
    const index = (key: string, c: Cluster) => {
      const list = byKey.get(key) ?? [];
      if (!list.includes(c)) list.push(c);
      byKey.set(key, list);
    };
    clusters.forEach((c) => existingLinkKeys(c.existing!).forEach((k) => index(k, c)));
    for (const m of ms) {
      // Candidates: clusters sharing a key; the one sharing the most keys wins, existing nodes first, then by id.
      const shared = new Map<Cluster, string[]>();
      for (const k of m.linkKeys) for (const c of byKey.get(k) ?? []) shared.set(c, [...(shared.get(c) ?? []), k]);
      const ranked = [...shared.entries()]
        .filter(([c]) => countriesCompatible(label, c.country, m.country))
        .sort(
          ([a, ka], [b, kb]) =>
            kb.length - ka.length ||
            Number(!!b.existing) - Number(!!a.existing) ||
            byText(a.existing?.id ?? a.mentions[0]?.proposedId ?? '', b.existing?.id ?? b.mentions[0]?.proposedId ?? ''),
        );
      let target = ranked[0]?.[0];
      let reason: { rule: string; reason: string };
      if (target) {
        const keys = ranked[0]![1];
        const who = target.existing ? `existing "${target.existing.name}" (${target.existing.id})` : `"${target.mentions[0]!.name}" in this batch`;
        reason = { rule: keys.some((k) => k.startsWith('id:')) ? 'same-id' : 'same-name-key', reason: `shares ${keys.map((k) => `"${k}"`).join(', ')} with ${who}` };
      } else {
        target = { existing: undefined, country: m.country, mentions: [], reasons: [] };
        clusters.push(target);
        const conflict = [...shared.keys()].find((c) => !countriesCompatible(label, c.country, m.country));
        reason = conflict
          ? { rule: 'country-conflict', reason: `same name as ${conflict.existing?.id ?? conflict.mentions[0]?.proposedId} but country ${m.country ?? 'none'} ≠ ${conflict.country ?? 'none'}` }
          : { rule: 'new', reason: 'no node shares a name key' };
      }
      target.mentions.push(m);
      target.reasons.push(reason);
      if (m.country && !target.country) target.country = m.country;
      for (const k of m.linkKeys) index(k, target);
    }

    // Final ids: taken ids are those of existing nodes outside the cluster and ids already handed out.
    const taken = new Set<string>(ex.map((e) => e.id));
    const active = clusters.filter((c) => c.mentions.length > 0);
    for (const c of active) {
      const own = c.existing?.id;
      if (own) taken.delete(own);
      const id = chooseId([...(own ? [own] : []), ...c.mentions.map((m) => m.proposedId)], taken, own, (c.country ?? 'xx').toLowerCase());
      if (own && id !== own) taken.add(own);
      taken.add(id);
      const plan = buildPlan(label, c, id);
      plans.push(plan);
      c.mentions.forEach((m, i) => {
        idOf.set(localRef(label, m.article, m.localId), id);
        decisions.push({ label, article: m.article, name: m.name, id, status: plan.status, ...c.reasons[i]! });
      });
    }
  }
  return { plans, idOf, decisions };
}

function buildPlan(label: NodeLabel, c: Cluster, id: string): EntityPlan {
  const e = c.existing;
  const name = fullestName([e?.name, ...c.mentions.map((m) => m.name)]) ?? id;
  const aliases = mergeAliases(
    name,
    e?.aliases ?? [],
    [e?.name],
    c.mentions.map((m) => m.name),
    c.mentions.flatMap((m) => m.aliases),
  );
  const forms = [name, ...aliases];
  const keys =
    label === 'Person'
      ? personNameKeys(forms)
      : label === 'Place'
        ? [...new Set([...entityNameKeys(forms), ...forms.map(placeKey)])].filter(Boolean).sort()
        : entityNameKeys(forms);
  const nameKeys = [...new Set([...(e?.nameKeys ?? []), ...keys])].sort();
  const dated = <T>(pick: (m: EntityMention) => T | null, old: T | null) => [
    ...c.mentions.map((m) => ({ date: m.articleDate, value: pick(m) })),
    { date: e?.lastSeen ?? null, value: old },
  ];
  const country =
    label === 'Organization' || label === 'Place' ? (c.country ?? null) : latest(dated((m) => m.country, e?.country ?? null), byText);
  const kinds = [e?.kind, ...c.mentions.map((m) => m.kind)].filter((k): k is string => !!k);
  const specific = kinds.filter((k) => k !== 'other').sort(byText);
  return {
    label,
    matchId: e?.id ?? id,
    id,
    status: e ? 'matched' : 'created',
    name,
    aliases,
    nameKeys,
    country: label === 'Topic' ? null : country,
    kind: label === 'Organization' ? (specific[0] ?? kinds[0] ?? 'other') : null,
    title: label === 'Person' ? latest(dated((m) => m.title, e?.title ?? null), byFullness) : null,
  };
}

/** Meetings of a batch with participants and place already resolved to graph ids. */
export function meetingMentions(batch: ArticleExtraction[], idOf: Map<string, string>): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const x of batch) {
    for (const m of x.meetings) {
      const person = (local: string) => idOf.get(localRef('Person', x.article.id, local));
      const participants = [...new Set(m.participants.map(person).filter((p): p is string => !!p))].sort();
      const principals = [
        ...new Set(m.roles.filter((r) => r.role === 'principal').map((r) => person(r.person)).filter((p): p is string => !!p)),
      ].sort();
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
        proposedId: meetingIdFor({ seriesKey: sk, ordinal: m.ordinal, date: date?.date ?? null, participants: principals.length >= 2 ? principals : participants, articleId: x.article.id, localId: m.id }),
      });
    }
  }
  return out.sort((a, b) => byText(a.proposedId, b.proposedId) || byText(a.article, b.article) || byText(a.localId, b.localId));
}

function factsOfMention(m: MeetingMention): MeetingFacts {
  return { id: m.proposedId, name: m.name, kind: m.kind, date: m.date, format: m.format, seriesKey: m.seriesKey, ordinal: m.ordinal, participants: m.participants, principals: m.principals };
}

function factsOfExisting(e: ExistingMeeting): MeetingFacts {
  return { id: e.id, name: e.name, kind: e.kind, date: parseDateSpan(e.date), format: e.format, seriesKey: seriesKey(e.series), ordinal: e.ordinal, participants: e.participants, principals: e.principals };
}

interface MeetingCluster {
  existing: ExistingMeeting | undefined;
  facts: MeetingFacts[];
  mentions: MeetingMention[];
  reasons: Array<{ rule: string; reason: string }>;
}

/** One encounter per cluster: a mention joins the first cluster (existing first, then by id) any member of which `sameMeeting` accepts. */
export function resolveMeetings(mentions: MeetingMention[], existing: ExistingMeeting[]): MeetingResolution {
  const clusters: MeetingCluster[] = [...existing]
    .sort((a, b) => byText(a.id, b.id))
    .map((e) => ({ existing: e, facts: [factsOfExisting(e)], mentions: [], reasons: [] }));
  for (const m of mentions) {
    const f = factsOfMention(m);
    let joined = false;
    for (const c of clusters) {
      const decision = c.facts.map((g) => sameMeeting(f, g)).find((d) => d.same);
      if (!decision) continue;
      const who = c.existing ? `existing "${c.existing.name}" (${c.existing.id})` : `"${c.mentions[0]!.name}" in this batch`;
      c.mentions.push(m);
      c.facts.push(f);
      c.reasons.push({ rule: decision.rule, reason: `${decision.reason}: same encounter as ${who}` });
      joined = true;
      break;
    }
    if (!joined) clusters.push({ existing: undefined, facts: [f], mentions: [m], reasons: [{ rule: 'new', reason: 'no meeting with a compatible date and shared participants or series' }] });
  }
  const plans: MeetingPlan[] = [];
  const idOf = new Map<string, string>();
  const decisions: MergeDecision[] = [];
  const taken = new Set(existing.map((e) => e.id));
  for (const c of clusters.filter((x) => x.mentions.length > 0)) {
    const own = c.existing?.id;
    if (own) taken.delete(own);
    const id = chooseId([...(own ? [own] : []), ...c.mentions.map((m) => m.proposedId)], taken, own, 'b');
    if (own && id !== own) taken.add(own);
    taken.add(id);
    const e = c.existing;
    const name = fullestName([e?.name, ...c.mentions.map((m) => m.name)]) ?? id;
    const aliases = mergeAliases(name, e?.aliases ?? [], [e?.name], c.mentions.map((m) => m.name));
    const series = [e?.series, ...c.mentions.map((m) => m.series)].filter((s): s is string => !!s).sort(byFullness)[0] ?? null;
    const ordinal = [e?.ordinal, ...c.mentions.map((m) => m.ordinal)].find((o): o is number => typeof o === 'number') ?? null;
    const formats = [e?.format, ...c.mentions.map((m) => m.format)].filter((s): s is string => !!s).sort(byText);
    const plan: MeetingPlan = {
      matchId: own ?? id,
      id,
      status: e ? 'matched' : 'created',
      name,
      aliases,
      nameKeys: entityNameKeys([name, ...aliases]),
      kind: preferredKind([...(e ? [e.kind] : []), ...c.mentions.map((m) => m.kind)]),
      date: preferredDate([e ? parseDateSpan(e.date) : null, ...c.mentions.map((m) => m.date)]),
      format: formats[0] ?? null,
      series,
      seriesKey: seriesKey(series),
      ordinal,
    };
    plans.push(plan);
    c.mentions.forEach((m, i) => {
      idOf.set(localRef('Meeting', m.article, m.localId), id);
      decisions.push({ label: 'Meeting', article: m.article, name: m.name, id, status: plan.status, ...c.reasons[i]! });
    });
  }
  return { plans, idOf, decisions };
}

export interface MeetingProbes {
  /** date windows to search, with the people a candidate must share */
  windows: Array<{ from: string; to: string; people: string[] }>;
  series: Array<{ seriesKey: string; ordinal: number }>;
}

/** Where to look for meetings a mention could be: its span widened by the slack, the month and year starts, and its series. */
export function meetingProbes(mentions: MeetingMention[]): MeetingProbes {
  const windows = new Map<string, { from: string; to: string; people: string[] }>();
  const series = new Map<string, { seriesKey: string; ordinal: number }>();
  const add = (from: string, to: string, people: string[]) => {
    const key = `${from}|${to}|${people.join(',')}`;
    if (!windows.has(key)) windows.set(key, { from, to, people });
  };
  for (const m of mentions) {
    if (m.seriesKey && m.ordinal !== null) series.set(`${m.seriesKey}|${m.ordinal}`, { seriesKey: m.seriesKey, ordinal: m.ordinal });
    if (!m.date || !m.participants.length) continue;
    add(addDays(m.date.start, -SAME_DAY_SLACK_DAYS), addDays(m.date.end, SAME_DAY_SLACK_DAYS), m.participants);
    add(`${m.date.start.slice(0, 7)}-01`, `${m.date.start.slice(0, 7)}-01`, m.participants);
    add(`${m.date.start.slice(0, 4)}-01-01`, `${m.date.start.slice(0, 4)}-01-01`, m.participants);
  }
  return { windows: [...windows.values()], series: [...series.values()] };
}
