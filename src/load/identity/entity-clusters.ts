// The entity clusterer: groups a batch's mentions of people, organizations, places and topics with each other and
// with the nodes the lookup found.
import { personStrongKeys } from '../identity-rules';
import { buildPlan } from './entity-plans';
import { joinFamilyNames } from './family-names';
import { byText, describeCluster, mergeCluster, settle, type EntityCluster } from './clusters';
import type { EntityMention, EntityResolution, ExistingEntity, NodeLabel, Reason } from './identity.types';

const LABELS: NodeLabel[] = ['Person', 'Organization', 'Place', 'Topic'];

/** Keys an existing node offers for joining, in the same spaces as `EntityMention.linkKeys`. */
function existingLinkKeys(e: ExistingEntity): string[] {
  const keys = new Set<string>([`id:${e.id}`]);
  if (e.label === 'Person')
    for (const f of [e.name, ...e.aliases]) for (const k of personStrongKeys(f)) keys.add(k);
  return [...keys];
}

/**
 * Groups the batch's mentions with each other and with existing nodes. People join on any shared strong name key
 * (and single-token names on their country-scoped id); organizations, places and topics on their id. A mention that
 * matches two existing nodes merges them (`absorb`), so the outcome does not depend on which article came first.
 * `crowded`: family keys with more bearers than the lookup returns (see `joinFamilyNames`).
 */
export function resolveEntities(
  mentions: EntityMention[],
  existing: ExistingEntity[],
  crowded: ReadonlySet<string> = new Set(),
): EntityResolution {
  const out: EntityResolution = { plans: [], idOf: new Map(), decisions: [] };
  for (const label of LABELS) {
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
    let clusters = clusterByKeys(ms, ex);
    if (label === 'Person') clusters = joinFamilyNames(clusters, crowded);
    const settled = settle(
      label,
      clusters,
      ex.map((e) => e.id),
      (c, id) => buildPlan(label, c, id),
    );
    out.plans.push(...settled.plans);
    for (const [ref, id] of settled.idOf) out.idOf.set(ref, id);
    out.decisions.push(...settled.decisions);
  }
  return out;
}

/** One label's mentions and existing nodes in clusters: a mention joins every cluster it shares a link key with. */
function clusterByKeys(ms: EntityMention[], ex: ExistingEntity[]): EntityCluster[] {
  let clusters: EntityCluster[] = [];
  // key → the clusters holding it: a mention finds its matches without a scan of every cluster.
  const holders = new Map<string, Set<EntityCluster>>();
  let opened = 0;
  const hold = (c: EntityCluster, k: string) => {
    c.keys.add(k);
    const set = holders.get(k);
    if (set) set.add(c);
    else holders.set(k, new Set([c]));
  };
  const open = (existing: ExistingEntity[], keys: string[]): EntityCluster => {
    const c: EntityCluster = { existing, mentions: [], reasons: [], keys: new Set(), rank: opened++ };
    clusters.push(c);
    for (const k of keys) hold(c, k);
    return c;
  };
  for (const e of ex) open([e], existingLinkKeys(e));
  for (const m of ms) {
    const found = new Set<EntityCluster>();
    for (const k of m.linkKeys) for (const c of holders.get(k) ?? []) found.add(c);
    const matching = [...found].sort((a, b) => a.rank - b.rank);
    let reason: Reason;
    let target: EntityCluster;
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
        mergeCluster(target, other);
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
  return clusters;
}
