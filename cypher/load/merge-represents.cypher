// Adds the batch's sources to (:Person)-[:REPRESENTS]->(:Country), since/until widened to the article dates: one edge per pair, `articles` merged as a sorted set.
// $rows: [{from, to, articles, since, until, title, role}]
UNWIND $rows AS row
MATCH (x:Person {id: row.from})
MATCH (y:Country {id: row.to})
MERGE (x)-[r:REPRESENTS]->(y)
WITH r, row, r.articles IS NULL AS isNew
SET r.articles = COLLECT { UNWIND coalesce(r.articles, []) + row.articles AS i RETURN DISTINCT i ORDER BY i },
    r.since = CASE WHEN row.since IS NOT NULL AND (r.since IS NULL OR date(row.since) < r.since) THEN date(row.since) ELSE r.since END,
    r.until = CASE WHEN row.until IS NOT NULL AND (r.until IS NULL OR date(row.until) > r.until) THEN date(row.until) ELSE r.until END
RETURN 0 AS nodesCreated, sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS relationshipsCreated
