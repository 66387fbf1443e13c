// Adds the batch's sources to (:Organization)-[:PART_OF]->(:Organization): one edge per pair, `articles` merged as a sorted set.
// $rows: [{from, to, articles, since, until, title, role}]
UNWIND $rows AS row
MATCH (x:Organization {id: row.from})
MATCH (y:Organization {id: row.to})
MERGE (x)-[r:PART_OF]->(y)
WITH r, row, r.articles IS NULL AS isNew
SET r.articles = COLLECT { UNWIND coalesce(r.articles, []) + row.articles AS i RETURN DISTINCT i ORDER BY i }
RETURN 0 AS nodesCreated, sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS relationshipsCreated
