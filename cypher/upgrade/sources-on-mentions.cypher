// Brings a graph loaded before the provenance model of docs/graph-model.md up to it, once (marked on the LoadLock node):
// facts many articles repeat trade `articles` for `sourceCount`, `firstSeen`, `lastSeen` and their keys on the
// articles' MENTIONS edges; every node's name keys and a person's family keys get their (:NameKey) edges. Runs with
// `parley migrate` (every start); on a graph loaded by this version it only marks itself done. One transaction: a
// graph too big for the heap is better loaded again.
MERGE (l:LoadLock {id: 'identity'})
WITH l WHERE NOT 'sources-on-mentions' IN coalesce(l.upgrades, [])
CALL (l) {
  MATCH (x)-[r:HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY|IN_COUNTRY]->(y)
  WHERE r.articles IS NOT NULL
  WITH x, r, type(r) + '|' + y.id + '|' + coalesce(r.title, '') AS key
  CALL (x, r, key) {
    UNWIND r.articles AS articleId
    MATCH (a:Article {id: articleId})
    MERGE (a)-[m:MENTIONS]->(x)
    SET m.facts = COLLECT { UNWIND coalesce(m.facts, []) + key AS f RETURN DISTINCT f ORDER BY f }
    RETURN count(a) AS n, min(a.date) AS first, max(a.date) AS last
  }
  SET r.sourceCount = n, r.firstSeen = first, r.lastSeen = last
  REMOVE r.articles
}
CALL (l) {
  MATCH (n)
  WHERE (n:Person OR n:Organization OR n:Place OR n:Topic OR n:Meeting) AND NOT EXISTS { (n)<-[:KEY_OF]-() }
  UNWIND coalesce(n.nameKeys, []) AS key
  MERGE (k:NameKey {key: key})
  MERGE (k)-[:KEY_OF]->(n)
}
CALL (l) {
  MATCH (n:Person)
  WHERE size(coalesce(n.familyKeys, [])) > 0 AND NOT EXISTS { (n)<-[:FAMILY_KEY_OF]-() }
  UNWIND n.familyKeys AS key
  MERGE (k:NameKey {key: key})
  MERGE (k)-[:FAMILY_KEY_OF]->(n)
}
SET l.upgrades = coalesce(l.upgrades, []) + 'sources-on-mentions'
