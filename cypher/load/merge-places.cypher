// Upserts places (Place) and the MENTIONS from each article of the batch; the props come from identity resolution under the load lock.
// $rows: [{matchId, id, props, first, last, mentions: [{article, count, sentence, start, end}]}] (matchId: the id now, id: the id after)
UNWIND $rows AS row
OPTIONAL MATCH (old:Place {id: row.matchId})
WITH row, old IS NULL AS isNew
MERGE (n:Place {id: row.matchId})
SET n += row.props,
    n.id = row.id,
    n.firstSeen = CASE WHEN row.first IS NOT NULL AND (n.firstSeen IS NULL OR date(row.first) < n.firstSeen) THEN date(row.first) ELSE n.firstSeen END,
    n.lastSeen = CASE WHEN row.last IS NOT NULL AND (n.lastSeen IS NULL OR date(row.last) > n.lastSeen) THEN date(row.last) ELSE n.lastSeen END
WITH n, row, isNew
CALL (n, row) {
  UNWIND row.mentions AS m
  MATCH (a:Article {id: m.article})
  OPTIONAL MATCH (a)-[prev:MENTIONS]->(n)
  MERGE (a)-[r:MENTIONS]->(n)
  SET r.count = m.count, r.sentence = m.sentence, r.start = m.start, r.end = m.end
  RETURN count(*) - count(prev) AS created
}
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS nodesCreated, sum(created) AS relationshipsCreated
