// Opens a batch in one round trip: takes the load lock (the SET takes the node's write lock for the rest of the
// transaction, so concurrent loaders resolve identities one at a time), then says which articles are loaded already
// or replace an older body with the same key, and which existing nodes the batch's mentions may be: people through
// their name keys' nodes ((:NameKey)-[:KEY_OF]->) and, for the family-name rule, the full-named bearers of a token
// ((:NameKey)-[:FAMILY_KEY_OF]->, at most $maxBearers each: a key with more is `crowded`); organizations, places and
// topics by id. Every lookup is a unique-index seek, whatever the graph's size.
// $name: lock name ('identity'); $maxBearers: bearers returned per family key;
// $batch.articles: [{id, key}]; $batch.people, $batch.family: name and family keys; $batch.{organizations, places, topics}: ids
CYPHER replan=skip
MERGE (l:LoadLock {id: $name})
SET l.locked = true
WITH l
CALL (l) {
  UNWIND $batch.articles AS row
  OPTIONAL MATCH (same:Article {id: row.id}) USING INDEX SEEK same:Article(id)
  OPTIONAL MATCH (holder:Article {key: row.key}) USING INDEX SEEK holder:Article(key)
  RETURN collect({id: row.id, exists: same IS NOT NULL, extractionHash: same.extractionHash, keyHolder: holder.id}) AS articles
}
CALL (l) {
  UNWIND $batch.family AS key
  MATCH (k:NameKey {key: key}) USING INDEX SEEK k:NameKey(key)
  WITH key, COLLECT { MATCH (k)-[:FAMILY_KEY_OF]->(p) RETURN p LIMIT toInteger($maxBearers) + 1 } AS bearers
  RETURN collect(CASE WHEN size(bearers) > $maxBearers THEN key END) AS crowded,
         collect(CASE WHEN size(bearers) <= $maxBearers THEN bearers END) AS bearerLists
}
CALL (l) {
  UNWIND $batch.people AS key
  MATCH (k:NameKey {key: key}) USING INDEX SEEK k:NameKey(key)
  MATCH (k)-[:KEY_OF]->(n)
  WHERE n:Person
  RETURN collect(n) AS named
}
CALL (named, bearerLists) {
  UNWIND named + reduce(all = [], b IN bearerLists | all + b) AS n
  WITH DISTINCT n
  RETURN collect(n { label: 'Person', .id, .name, aliases: coalesce(n.aliases, []), nameKeys: coalesce(n.nameKeys, []),
    .country, kind: null, .title, titles: coalesce(n.titles, []), .lastSeen }) AS people
}
CALL (l) {
  UNWIND $batch.organizations AS id
  MATCH (n:Organization {id: id}) USING INDEX SEEK n:Organization(id)
  RETURN collect(n { label: 'Organization', .id, .name, aliases: coalesce(n.aliases, []),
    nameKeys: coalesce(n.nameKeys, []), .country, .kind, title: null, titles: [], .lastSeen }) AS organizations
}
CALL (l) {
  UNWIND $batch.places AS id
  MATCH (n:Place {id: id}) USING INDEX SEEK n:Place(id)
  RETURN collect(n { label: 'Place', .id, .name, aliases: coalesce(n.aliases, []), nameKeys: coalesce(n.nameKeys, []),
    .country, kind: null, title: null, titles: [], .lastSeen }) AS places
}
CALL (l) {
  UNWIND $batch.topics AS id
  MATCH (n:Topic {id: id}) USING INDEX SEEK n:Topic(id)
  RETURN collect(n { label: 'Topic', .id, .name, aliases: coalesce(n.aliases, []), nameKeys: coalesce(n.nameKeys, []),
    country: null, kind: null, title: null, titles: [], .lastSeen }) AS topics
}
RETURN articles, crowded, people + organizations + places + topics AS entities
