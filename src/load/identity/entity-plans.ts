// What an entity cluster writes: the node's name, aliases, keys, country, kind and titles, latest source first.
import { entityNameKeys, familyKeysOf, personNameKeys, placeKey } from '../identity-rules';
import { byFullness, byText, clusterNames, titlesOf, without, type EntityCluster } from './clusters';
import type { EntityMention, EntityPlan, ExistingEntity, NodeLabel } from './identity.types';

/** The value of the most recent source that gives one; `tie` orders sources of the same date. */
export function latest<T>(
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

/** The name keys of a node's forms (its name and aliases): what name lookups match. */
export function nameKeysOf(label: NodeLabel | 'Meeting', forms: string[]): string[] {
  if (label === 'Person') return personNameKeys(forms);
  if (label === 'Place')
    return [...new Set([...entityNameKeys(forms), ...forms.map(placeKey)])].filter(Boolean).sort();
  return entityNameKeys(forms);
}

/**
 * A topic's name keys in one string (keys hold only [a-z0-9], so a folded text without spaces is contained in it only
 * where one key contains it): the text index behind TopicMeetings' "a key containing the text" reads this.
 */
export function keyTextOf(nameKeys: string[]): string {
  return nameKeys.join(' ');
}

export function buildPlan(label: NodeLabel, c: EntityCluster, id: string): EntityPlan {
  const ex = c.existing;
  const { name, aliases } = clusterNames(
    ex,
    c.mentions,
    id,
    c.mentions.flatMap((m) => m.aliases),
  );
  const forms = [name, ...aliases];
  const nameKeys = [...new Set([...ex.flatMap((e) => e.nameKeys), ...nameKeysOf(label, forms)])].sort();
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
  // Key edges already hang off the node the plan merges on; the absorbed nodes' go with them.
  const kept = ex.find((e) => e.id === plan.matchId);
  const newFamilyKeys =
    label === 'Person'
      ? without(familyKeysOf(forms), kept ? familyKeysOf([kept.name, ...kept.aliases]) : [])
      : [];
  return {
    ...plan,
    unchanged: ex.length === 1 && ex[0]!.id === id && storedAlready(ex[0]!, plan),
    newKeys: without(nameKeys, kept?.nameKeys ?? []),
    newFamilyKeys,
  };
}

/** Whether a node already holds what a plan would write (the properties derived from these are then equal too). */
function storedAlready(
  e: ExistingEntity,
  p: Omit<EntityPlan, 'unchanged' | 'newKeys' | 'newFamilyKeys'>,
): boolean {
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
