// Merges a person into another when a bridging mention shows they are one (e.g. an alias naming both): moves MENTIONS,
// ATTENDED, HOLDS_POSITION and REPRESENTS to the kept node, merging their sources, then deletes the absorbed node.
// $batch.rows: [{keep, drop}] (Person ids); lists come inside one map so the plan cache key ignores their sizes
// Far ends carry no label (each relationship type implies it), so no statistics can plan a label scan for them.
UNWIND $batch.rows AS row
MATCH (k:Person {id: row.keep})
MATCH (d:Person {id: row.drop})
CALL (k, d) {
  MATCH (a)-[r:MENTIONS]->(d)
  MERGE (a)-[n:MENTIONS]->(k)
  WITH n, r, n.start IS NULL OR (r.start IS NOT NULL AND r.start < n.start) AS earlier
  SET n.count = coalesce(n.count, 0) + coalesce(r.count, 1),
      n.sentence = CASE WHEN earlier THEN r.sentence ELSE n.sentence END,
      n.end = CASE WHEN earlier THEN r.end ELSE n.end END,
      n.start = CASE WHEN earlier THEN r.start ELSE n.start END
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
  MATCH (d)-[r:HOLDS_POSITION]->(o)
  MERGE (k)-[n:HOLDS_POSITION {title: r.title}]->(o)
  SET n.articles = COLLECT { UNWIND coalesce(n.articles, []) + coalesce(r.articles, []) AS i RETURN DISTINCT i ORDER BY i },
      n.since = CASE WHEN n.since IS NULL OR r.since < n.since THEN r.since ELSE n.since END,
      n.until = CASE WHEN n.until IS NULL OR r.until > n.until THEN r.until ELSE n.until END
  DELETE r
}
CALL (k, d) {
  MATCH (d)-[r:REPRESENTS]->(c)
  MERGE (k)-[n:REPRESENTS]->(c)
  SET n.articles = COLLECT { UNWIND coalesce(n.articles, []) + coalesce(r.articles, []) AS i RETURN DISTINCT i ORDER BY i },
      n.since = CASE WHEN n.since IS NULL OR r.since < n.since THEN r.since ELSE n.since END,
      n.until = CASE WHEN n.until IS NULL OR r.until > n.until THEN r.until ELSE n.until END
  DELETE r
}
SET k.firstSeen = CASE WHEN k.firstSeen IS NULL OR d.firstSeen < k.firstSeen THEN d.firstSeen ELSE k.firstSeen END,
    k.lastSeen = CASE WHEN k.lastSeen IS NULL OR d.lastSeen > k.lastSeen THEN d.lastSeen ELSE k.lastSeen END
DETACH DELETE d
RETURN count(*) AS absorbed
