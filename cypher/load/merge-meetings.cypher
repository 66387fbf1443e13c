// Upserts meetings and the REPORTS from each article of the batch; the props come from identity resolution under the load lock.
// $rows: [{id, props, dateStart, dateEnd, first, last, mentions: [{article, count, sentence, start, end}]}]
UNWIND $rows AS row
MERGE (n:Meeting {id: row.id})
WITH n, row, n.name IS NULL AS isNew
SET n += row.props,
    n.dateStart = date(row.dateStart),
    n.dateEnd = date(row.dateEnd),
    n.firstSeen = CASE WHEN row.first IS NOT NULL AND (n.firstSeen IS NULL OR date(row.first) < n.firstSeen) THEN date(row.first) ELSE n.firstSeen END,
    n.lastSeen = CASE WHEN row.last IS NOT NULL AND (n.lastSeen IS NULL OR date(row.last) > n.lastSeen) THEN date(row.last) ELSE n.lastSeen END
WITH n, row, isNew
CALL (n, row) {
  UNWIND row.mentions AS m
  MATCH (a:Article {id: m.article})
  MERGE (a)-[r:REPORTS]->(n)
  WITH r, m, r.start IS NULL AND r.sentence IS NULL AS fresh
  SET r.sentence = m.sentence, r.start = m.start, r.end = m.end
  RETURN sum(CASE WHEN fresh THEN 1 ELSE 0 END) AS created
}
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS nodesCreated, sum(created) AS relationshipsCreated
