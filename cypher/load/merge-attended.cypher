// Adds the batch's sources to (:Person)-[:ATTENDED]->(:Meeting), with the fullest title held then and principal winning over participant: one edge per pair, `articles` merged as a sorted set.
// $rows: [{from, to, articles, since, until, title, role}]
UNWIND $rows AS row
MATCH (x:Person {id: row.from})
MATCH (y:Meeting {id: row.to})
MERGE (x)-[r:ATTENDED]->(y)
WITH r, row, r.articles IS NULL AS isNew
SET r.articles = COLLECT { UNWIND coalesce(r.articles, []) + row.articles AS i RETURN DISTINCT i ORDER BY i },
    r.role = CASE WHEN r.role = 'principal' OR row.role = 'principal' THEN 'principal' ELSE 'participant' END,
    r.title = CASE
      WHEN r.title IS NULL THEN row.title
      WHEN row.title IS NULL THEN r.title
      WHEN size(row.title) > size(r.title) OR (size(row.title) = size(r.title) AND row.title < r.title) THEN row.title
      ELSE r.title
    END
RETURN 0 AS nodesCreated, sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS relationshipsCreated
