// The family-name rule: a bare family name ("Biden", "Secretary Blinken") joins the one full-named person bearing it.
import { familyTokens, isStrongPersonName, singleToken, titlesAgree } from '../identity-rules';
import { describeCluster, mergeCluster, namesOf, titlesOf, type EntityCluster } from './clusters';

/**
 * A cluster of single-token names joins the full-named person whose name holds that token, when that is the only
 * full-named person bearing it among the batch and the nodes the lookup found (it looks every bearer up), and either
 * a title of one contains a title of the other ("Secretary" and "Secretary of State", among every title each was
 * given) or the person already goes by that single name (an article called them so, or an earlier join did).
 * Countries are not compared: an article's country for a bare name is often its own ("Putin" in a US readout).
 * Otherwise the names stay apart: joining on the token alone would merge unrelated people ("Kim"). A bearer loaded
 * after a join does not undo it. `crowded` tokens have more full-named bearers than the lookup returns.
 */
export function joinFamilyNames(clusters: EntityCluster[], crowded: ReadonlySet<string>): EntityCluster[] {
  // Token → the full-named clusters bearing it: each weak cluster finds its bearers without a scan.
  const bearersOf = new Map<string, Set<EntityCluster>>();
  for (const c of clusters)
    for (const token of namesOf(c).flatMap(familyTokens)) {
      const set = bearersOf.get(token);
      if (set) set.add(c);
      else bearersOf.set(token, new Set([c]));
    }
  const joined = new Set<EntityCluster>();
  for (const weak of clusters) {
    const names = namesOf(weak);
    if (!names.length || names.some(isStrongPersonName)) continue;
    const token = singleToken(names[0]!);
    // More bearers in the graph than the lookup returned: certainly not the only one.
    if (crowded.has(token)) continue;
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
    mergeCluster(
      person,
      weak,
      weak.mentions.map(() => reason),
    );
    joined.add(weak);
  }
  return clusters.filter((c) => !joined.has(c));
}
