// Adds the batch's sources to (:Place)-[:IN_COUNTRY]->(:Country): one edge per pair, `articles` merged as a sorted set.
// $rows: [{from, to, articles, since, until, title, role}]
UNWIND $rows AS row
MATCH (x:Place {id: row.from})
MATCH (y:Country {id: row.to})
MERGE (x)-[r:IN_COUNTRY]->(y)
WITH r, row, r.articles IS NULL AS isNew
SET r.articles = COLLECT { UNWIND coalesce(r.articles, []) + row.articles AS i RETURN DISTINCT i ORDER BY i }
RETURN 0 AS nodesCreated, sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS relationshipsCreated
