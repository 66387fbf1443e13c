// What both clusterers share: a cluster of mentions and existing nodes, merging two, and settling final ids and decisions.
import { fullestName, mergeAliases } from '../identity-rules';
import {
  localRef,
  type EntityLabel,
  type EntityMention,
  type EntityStatus,
  type ExistingEntity,
  type MergeDecision,
  type Reason,
  type Resolution,
} from './identity.types';

/** Mentions of one node in a batch and the existing nodes they turned out to be. */
export interface Cluster<E extends { id: string; name: string }, M extends ClusterMention> {
  existing: E[];
  mentions: M[];
  /** why each mention joined: index-aligned with mentions */
  reasons: Reason[];
}

interface ClusterMention {
  article: string;
  localId: string;
  name: string;
  proposedId: string;
}

/** A cluster of people, organizations, places or topics. */
export interface EntityCluster extends Cluster<ExistingEntity, EntityMention> {
  /** every key its members offer for joining */
  keys: Set<string>;
  /** creation order: a mention matching several clusters joins the earliest */
  rank: number;
}

export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const byFullness = (a: string, b: string) => b.length - a.length || byText(a, b);

/** Moves `other`'s members into `target`; `reasons` replaces why its mentions joined (a later rule joined them). */
export function mergeCluster<C extends Cluster<{ id: string; name: string }, ClusterMention>>(
  target: C,
  other: C,
  reasons: Reason[] = other.reasons,
): void {
  target.existing.push(...other.existing);
  target.mentions.push(...other.mentions);
  target.reasons.push(...reasons);
}

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

/**
 * Gives every cluster with mentions its final id (ids of existing nodes outside it and ids already handed out are
 * taken), builds its plan and records each mention's decision.
 */
export function settle<
  C extends Cluster<{ id: string; name: string }, ClusterMention>,
  P extends { status: EntityStatus },
>(label: EntityLabel, clusters: C[], existingIds: string[], build: (c: C, id: string) => P): Resolution<P> {
  const out: Resolution<P> = { plans: [], idOf: new Map(), decisions: [] };
  const taken = new Set(existingIds);
  for (const c of clusters.filter((x) => x.mentions.length > 0)) {
    const own = c.existing.map((e) => e.id).sort();
    own.forEach((o) => taken.delete(o));
    const id = chooseId([...own, ...c.mentions.map((m) => m.proposedId)], taken, 'b');
    own.forEach((o) => taken.add(o));
    taken.add(id);
    const plan = build(c, id);
    out.plans.push(plan);
    c.mentions.forEach((m, i) => {
      out.idOf.set(localRef(label, m.article, m.localId), id);
      const decision: MergeDecision = {
        label,
        article: m.article,
        name: m.name,
        id,
        status: plan.status,
        ...c.reasons[i]!,
      };
      out.decisions.push(decision);
    });
  }
  return out;
}

/** How a decision names the cluster a mention joined. */
export function describeCluster(c: {
  existing: Array<{ id: string; name: string }>;
  mentions: Array<{ name: string }>;
}): string {
  if (c.existing.length) return c.existing.map((e) => `existing "${e.name}" (${e.id})`).join(' and ');
  return `"${c.mentions[0]?.name}" in this batch`;
}

/** A merged node's display name (the fullest form) and every other form its sources gave. */
export function clusterNames(
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

/** Every name and alias a cluster's members give. */
export function namesOf(c: EntityCluster): string[] {
  return [...c.existing, ...c.mentions].flatMap((x) => [x.name, ...x.aliases]);
}

/** Every title a cluster's members give, sorted. */
export function titlesOf(c: EntityCluster): string[] {
  const all = [...c.existing.flatMap((e) => [e.title, ...e.titles]), ...c.mentions.map((m) => m.title)];
  return [...new Set(all.filter((t): t is string => !!t))].sort(byText);
}

/** The items of `list` not in `known`. */
export function without(list: string[], known: string[]): string[] {
  if (!known.length) return list;
  const old = new Set(known);
  return list.filter((k) => !old.has(k));
}
