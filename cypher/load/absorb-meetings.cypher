// Merges a meeting into another when a bridging report shows they are one encounter: moves REPORTS, ATTENDED,
// DISCUSSED and HELD_IN to the kept node, merging their sources, then deletes the absorbed node (with its name key edges).
// The kept node is held when either was (a status absent from a graph loaded before statuses is held).
// $batch.rows: [{keep, drop}] (Meeting ids); lists come inside one map so the plan cache key ignores their sizes
// Far ends carry no label (each relationship type implies it), so no statistics can plan a label scan for them.
UNWIND $batch.rows AS row
MATCH (k:Meeting {id: row.keep}) USING INDEX SEEK k:Meeting(id)
MATCH (d:Meeting {id: row.drop}) USING INDEX SEEK d:Meeting(id)
CALL (k, d) {
  MATCH (a)-[r:REPORTS]->(d)
  MERGE (a)-[n:REPORTS]->(k)
  WITH n, r, n.start IS NULL OR (r.start IS NOT NULL AND r.start < n.start) AS earlier
  SET n.sentence = CASE WHEN earlier THEN r.sentence ELSE n.sentence END,
      n.end = CASE WHEN earlier THEN r.end ELSE n.end END,
      n.start = CASE WHEN earlier THEN r.start ELSE n.start END,
      n.names = CASE WHEN r.names IS NULL THEN n.names
        ELSE COLLECT { UNWIND coalesce(n.names, []) + r.names AS x RETURN DISTINCT x ORDER BY x } END,
      n.status = CASE WHEN n.status = 'held' OR r.status IS NULL OR r.status = 'held' THEN 'held' ELSE 'planned' END
  DELETE r
}
CALL (k, d) {
  MATCH (p)-[r:ATTENDED]->(d)
  MERGE (p)-[n:ATTENDED]->(k)
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
  MATCH (d)-[r:DISCUSSED]->(t)
  MERGE (k)-[n:DISCUSSED]->(t)
  SET n.articles = COLLECT { UNWIND coalesce(n.articles, []) + coalesce(r.articles, []) AS i RETURN DISTINCT i ORDER BY i }
  DELETE r
}
CALL (k, d) {
  MATCH (d)-[r:HELD_IN]->(l)
  MERGE (k)-[n:HELD_IN]->(l)
  SET n.articles = COLLECT { UNWIND coalesce(n.articles, []) + coalesce(r.articles, []) AS i RETURN DISTINCT i ORDER BY i }
  DELETE r
}
SET k.status = CASE WHEN k.status = 'planned' AND d.status = 'planned' THEN 'planned' ELSE 'held' END,
    k.firstSeen = CASE WHEN k.firstSeen IS NULL OR d.firstSeen < k.firstSeen THEN d.firstSeen ELSE k.firstSeen END,
    k.lastSeen = CASE WHEN k.lastSeen IS NULL OR d.lastSeen > k.lastSeen THEN d.lastSeen ELSE k.lastSeen END
WITH d
// @include fragments/drop-tallies m=d
DETACH DELETE d
RETURN count(*) AS absorbed
