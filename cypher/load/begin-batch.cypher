// Opens a batch in one round trip: takes the load lock (the SET takes the node's write lock for the rest of the
// transaction, so concurrent loaders resolve identities one at a time), then says which articles are loaded already
// or replace an older body with the same key, and which existing nodes share a lookup key with the batch's mentions
// (index identity_name_keys for folded name keys, person_family_keys for family names of full-named people).
// $name: lock name ('identity'); $batch.articles: [{id, key}]; $batch.queries: [{label, index, query}] where query is
// '"key1" OR "key2" ...' over keys of [a-z0-9-]; the keyword analyzer makes each term exact
CYPHER replan=skip
MERGE (l:LoadLock {id: $name})
SET l.locked = true
WITH l
CALL (l) {
  UNWIND $batch.articles AS row
  OPTIONAL MATCH (same:Article {id: row.id})
  OPTIONAL MATCH (holder:Article {key: row.key})
  RETURN collect({id: row.id, exists: same IS NOT NULL, keyHolder: holder.id}) AS articles
}
CALL (l) {
  UNWIND $batch.queries AS q
  CALL db.index.fulltext.queryNodes(q.index, q.query) YIELD node
  WITH DISTINCT q.label AS label, node
  WHERE label IN labels(node)
  RETURN collect({
    label: label,
    id: node.id,
    name: node.name,
    aliases: coalesce(node.aliases, []),
    nameKeys: coalesce(node.nameKeys, []),
    country: node.country,
    kind: node.kind,
    title: node.title,
    titles: coalesce(node.titles, []),
    lastSeen: node.lastSeen
  }) AS entities
}
RETURN articles, entities
