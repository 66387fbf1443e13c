// Upserts people (Person) and the MENTIONS from each article of the batch; the props come from identity resolution under the load lock.
// $rows: [{id, props, first, last, mentions: [{article, count, sentence, start, end}]}] (a node without a name yet was just created)
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
WITH n, row, n.name IS NULL AS isNew
SET n += row.props,
    n.firstSeen = CASE WHEN row.first IS NOT NULL AND (n.firstSeen IS NULL OR date(row.first) < n.firstSeen) THEN date(row.first) ELSE n.firstSeen END,
    n.lastSeen = CASE WHEN row.last IS NOT NULL AND (n.lastSeen IS NULL OR date(row.last) > n.lastSeen) THEN date(row.last) ELSE n.lastSeen END
WITH n, row, isNew
CALL (n, row) {
  UNWIND row.mentions AS m
  MATCH (a:Article {id: m.article})
  MERGE (a)-[r:MENTIONS]->(n)
  WITH r, m, r.count IS NULL AS fresh
  SET r.count = m.count, r.sentence = m.sentence, r.start = m.start, r.end = m.end
  RETURN sum(CASE WHEN fresh THEN 1 ELSE 0 END) AS created
}
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS nodesCreated, sum(created) AS relationshipsCreated
