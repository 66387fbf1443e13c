// Merges a person into another when a bridging mention shows they are one (e.g. an alias naming both): moves
// HOLDS_POSITION, REPRESENTS, ATTENDED and MENTIONS to the kept node, merging their sources, then deletes the absorbed
// node (its name key edges go with it; the kept node's plan adds the keys it lacked). A repeated fact both had counts an
// article once: the articles stating it about both nodes are counted before their MENTIONS merge (the absorbed node's
// mentions only, so the cost follows the smaller side's articles).
// $batch.rows: [{keep, drop}] (Person ids); lists come inside one map so the plan cache key ignores their sizes
// Far ends carry no label (each relationship type implies it), so no statistics can plan a label scan for them.
UNWIND $batch.rows AS row
MATCH (k:Person {id: row.keep}) USING INDEX SEEK k:Person(id)
MATCH (d:Person {id: row.drop}) USING INDEX SEEK d:Person(id)
CALL (k, d) {
  MATCH (d)-[r:HOLDS_POSITION]->(o)
  MERGE (k)-[n:HOLDS_POSITION {title: r.title}]->(o)
    ON CREATE SET n.org = o.id
  WITH k, d, r, n, 'HOLDS_POSITION|' + o.id + '|' + coalesce(r.title, '') AS key, n.sourceCount IS NULL AS isNew
  WITH r, n, CASE WHEN isNew THEN 0 ELSE COUNT {
    MATCH (a)-[m:MENTIONS]->(d) WHERE key IN m.facts AND EXISTS { MATCH (a)-[b:MENTIONS]->(k) WHERE key IN b.facts }
  } END AS both
  SET n.sourceCount = coalesce(n.sourceCount, 0) + r.sourceCount - both,
      n.firstSeen = CASE WHEN n.firstSeen IS NULL OR r.firstSeen < n.firstSeen THEN r.firstSeen ELSE n.firstSeen END,
      n.lastSeen = CASE WHEN n.lastSeen IS NULL OR r.lastSeen > n.lastSeen THEN r.lastSeen ELSE n.lastSeen END
  SET n.since = n.firstSeen, n.until = n.lastSeen
  DELETE r
}
CALL (k, d) {
  MATCH (d)-[r:REPRESENTS]->(c)
  MERGE (k)-[n:REPRESENTS]->(c)
  WITH k, d, r, n, 'REPRESENTS|' + c.id + '|' AS key, n.sourceCount IS NULL AS isNew
  WITH r, n, CASE WHEN isNew THEN 0 ELSE COUNT {
    MATCH (a)-[m:MENTIONS]->(d) WHERE key IN m.facts AND EXISTS { MATCH (a)-[b:MENTIONS]->(k) WHERE key IN b.facts }
  } END AS both
  SET n.sourceCount = coalesce(n.sourceCount, 0) + r.sourceCount - both,
      n.firstSeen = CASE WHEN n.firstSeen IS NULL OR r.firstSeen < n.firstSeen THEN r.firstSeen ELSE n.firstSeen END,
      n.lastSeen = CASE WHEN n.lastSeen IS NULL OR r.lastSeen > n.lastSeen THEN r.lastSeen ELSE n.lastSeen END
  SET n.since = n.firstSeen, n.until = n.lastSeen
  DELETE r
}
CALL (k, d) {
  MATCH (d)-[r:ATTENDED]->(m)
  MERGE (k)-[n:ATTENDED]->(m)
  SET n.articles = COLLECT { UNWIND coalesce(n.articles, []) + coalesce(r.articles, []) AS i RETURN DISTINCT i ORDER BY i },
      n.role = CASE WHEN n.role = 'principal' OR r.role = 'principal' THEN 'principal' ELSE 'participant' END,
      n.title = CASE
        WHEN n.title IS NULL THEN r.title
        WHEN r.title IS NULL THEN n.title
        WHEN size(r.title) > size(n.title) OR (size(r.title) = size(n.title) AND r.title < n.title) THEN r.title
        ELSE n.title
      END
  DELETE r
}
CALL (k, d) {
  MATCH (a)-[r:MENTIONS]->(d)
  MERGE (a)-[n:MENTIONS]->(k)
  WITH a, n, r, n.start IS NULL OR (r.start IS NOT NULL AND r.start < n.start) AS earlier
  SET n.count = coalesce(n.count, 0) + coalesce(r.count, 1),
      n.sentence = CASE WHEN earlier THEN r.sentence ELSE n.sentence END,
      n.end = CASE WHEN earlier THEN r.end ELSE n.end END,
      n.start = CASE WHEN earlier THEN r.start ELSE n.start END,
      n.names = CASE WHEN r.names IS NULL THEN n.names
        ELSE COLLECT { UNWIND coalesce(n.names, []) + r.names AS x RETURN DISTINCT x ORDER BY x } END,
      n.aliases = CASE WHEN r.aliases IS NULL THEN n.aliases
        ELSE COLLECT { UNWIND coalesce(n.aliases, []) + r.aliases AS x RETURN DISTINCT x ORDER BY x } END,
      n.titles = CASE WHEN r.titles IS NULL THEN n.titles
        ELSE COLLECT { UNWIND coalesce(n.titles, []) + r.titles AS x RETURN DISTINCT x ORDER BY x } END,
      n.facts = CASE WHEN r.facts IS NULL THEN n.facts
        ELSE COLLECT { UNWIND coalesce(n.facts, []) + r.facts AS x RETURN DISTINCT x ORDER BY x } END
  // @include fragments/mention-source-keys m=n a=a n=k
  DELETE r
}
SET k.firstSeen = CASE WHEN k.firstSeen IS NULL OR d.firstSeen < k.firstSeen THEN d.firstSeen ELSE k.firstSeen END,
    k.lastSeen = CASE WHEN k.lastSeen IS NULL OR d.lastSeen > k.lastSeen THEN d.lastSeen ELSE k.lastSeen END,
    // the meetings of one now count for the other's countries: load/refresh-tallies re-derives all of them
    k.tallyCountries = CASE WHEN coalesce(d.tallyCountries, []) = coalesce(k.tallyCountries, []) THEN k.tallyCountries END
DETACH DELETE d
RETURN count(*) AS absorbed
