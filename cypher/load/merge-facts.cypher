// Adds the batch's sources to every fact relationship in one statement, one subquery per type (types stay literal),
// one edge per pair (per pair and title for HOLDS_POSITION, which also carries its organization's id as `org`, for
// fragments/position-page's index). Facts about one event (ATTENDED, DISCUSSED, HELD_IN)
// merge the batch's article ids into `articles`, a sorted set bounded by the reports of one meeting; ATTENDED keeps
// the fullest title and principal over participant. Facts many articles repeat (IN_COUNTRY, HOLDS_POSITION,
// REPRESENTS, PART_OF, OF_COUNTRY) only add the batch's count of new articles to `sourceCount` and widen `firstSeen`
// and `lastSeen` (and HOLDS_POSITION's and REPRESENTS' `since`/`until`, the same dates): their sources are the
// MENTIONS edges that list their key, so no write grows with the articles loaded before. The articles are new (checked
// under the lock by load/begin-batch), so each counts once.
// Both ends are matched on constraint-backed ids (written by load/merge-nodes earlier in the transaction).
// $batch.{attended, discussed, heldIn}: [{from, to, articles, title, role}] (only the fields a type reads); articles are
// positions in $batch.ids (sent as floats: toInteger); $batch.{inCountry, holdsPosition, represents, partOf, ofCountry}:
// [{from, to, count, since, until, title}] (since/until: the first and last article dates in the batch)
CYPHER replan=skip
CALL () {
  UNWIND $batch.attended AS row
  MATCH (x:Person {id: row.from}) USING INDEX SEEK x:Person(id)
  MATCH (y:Meeting {id: row.to}) USING INDEX SEEK y:Meeting(id)
  MERGE (x)-[r:ATTENDED]->(y)
  WITH r, row, r.articles IS NULL AS isNew
  SET r.articles = COLLECT { UNWIND coalesce(r.articles, []) + [x IN row.articles | $batch.ids[toInteger(x)]] AS i RETURN DISTINCT i ORDER BY i },
      r.role = CASE WHEN r.role = 'principal' OR row.role = 'principal' THEN 'principal' ELSE 'participant' END,
      r.title = CASE
        WHEN r.title IS NULL THEN row.title
        WHEN row.title IS NULL THEN r.title
        WHEN size(row.title) > size(r.title) OR (size(row.title) = size(r.title) AND row.title < r.title) THEN row.title
        ELSE r.title
      END
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS attended
}
CALL () {
  UNWIND $batch.discussed AS row
  MATCH (x:Meeting {id: row.from}) USING INDEX SEEK x:Meeting(id)
  MATCH (y:Topic {id: row.to}) USING INDEX SEEK y:Topic(id)
  MERGE (x)-[r:DISCUSSED]->(y)
  WITH r, row, r.articles IS NULL AS isNew
  SET r.articles = COLLECT { UNWIND coalesce(r.articles, []) + [x IN row.articles | $batch.ids[toInteger(x)]] AS i RETURN DISTINCT i ORDER BY i }
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS discussed
}
CALL () {
  UNWIND $batch.heldIn AS row
  MATCH (x:Meeting {id: row.from}) USING INDEX SEEK x:Meeting(id)
  MATCH (y:Place {id: row.to}) USING INDEX SEEK y:Place(id)
  MERGE (x)-[r:HELD_IN]->(y)
  WITH r, row, r.articles IS NULL AS isNew
  SET r.articles = COLLECT { UNWIND coalesce(r.articles, []) + [x IN row.articles | $batch.ids[toInteger(x)]] AS i RETURN DISTINCT i ORDER BY i }
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS heldIn
}
CALL () {
  UNWIND $batch.inCountry AS row
  MATCH (x:Place {id: row.from}) USING INDEX SEEK x:Place(id)
  MATCH (y:Country {id: row.to}) USING INDEX SEEK y:Country(id)
  MERGE (x)-[r:IN_COUNTRY]->(y)
  WITH r, row, r.sourceCount IS NULL AS isNew
  SET r.sourceCount = coalesce(r.sourceCount, 0) + row.count,
      r.firstSeen = CASE WHEN row.since IS NOT NULL AND (r.firstSeen IS NULL OR date(row.since) < r.firstSeen) THEN date(row.since) ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN row.until IS NOT NULL AND (r.lastSeen IS NULL OR date(row.until) > r.lastSeen) THEN date(row.until) ELSE r.lastSeen END
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS inCountry
}
CALL () {
  UNWIND $batch.holdsPosition AS row
  MATCH (x:Person {id: row.from}) USING INDEX SEEK x:Person(id)
  MATCH (y:Organization {id: row.to}) USING INDEX SEEK y:Organization(id)
  MERGE (x)-[r:HOLDS_POSITION {title: row.title}]->(y)
    ON CREATE SET r.org = row.to
  WITH r, row, r.sourceCount IS NULL AS isNew
  SET r.sourceCount = coalesce(r.sourceCount, 0) + row.count,
      r.firstSeen = CASE WHEN row.since IS NOT NULL AND (r.firstSeen IS NULL OR date(row.since) < r.firstSeen) THEN date(row.since) ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN row.until IS NOT NULL AND (r.lastSeen IS NULL OR date(row.until) > r.lastSeen) THEN date(row.until) ELSE r.lastSeen END
  SET r.since = r.firstSeen, r.until = r.lastSeen
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS holdsPosition
}
CALL () {
  UNWIND $batch.represents AS row
  MATCH (x:Person {id: row.from}) USING INDEX SEEK x:Person(id)
  MATCH (y:Country {id: row.to}) USING INDEX SEEK y:Country(id)
  MERGE (x)-[r:REPRESENTS]->(y)
  WITH r, row, r.sourceCount IS NULL AS isNew
  SET r.sourceCount = coalesce(r.sourceCount, 0) + row.count,
      r.firstSeen = CASE WHEN row.since IS NOT NULL AND (r.firstSeen IS NULL OR date(row.since) < r.firstSeen) THEN date(row.since) ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN row.until IS NOT NULL AND (r.lastSeen IS NULL OR date(row.until) > r.lastSeen) THEN date(row.until) ELSE r.lastSeen END
  SET r.since = r.firstSeen, r.until = r.lastSeen
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS represents
}
CALL () {
  UNWIND $batch.partOf AS row
  MATCH (x:Organization {id: row.from}) USING INDEX SEEK x:Organization(id)
  MATCH (y:Organization {id: row.to}) USING INDEX SEEK y:Organization(id)
  MERGE (x)-[r:PART_OF]->(y)
  WITH r, row, r.sourceCount IS NULL AS isNew
  SET r.sourceCount = coalesce(r.sourceCount, 0) + row.count,
      r.firstSeen = CASE WHEN row.since IS NOT NULL AND (r.firstSeen IS NULL OR date(row.since) < r.firstSeen) THEN date(row.since) ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN row.until IS NOT NULL AND (r.lastSeen IS NULL OR date(row.until) > r.lastSeen) THEN date(row.until) ELSE r.lastSeen END
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS partOf
}
CALL () {
  UNWIND $batch.ofCountry AS row
  MATCH (x:Organization {id: row.from}) USING INDEX SEEK x:Organization(id)
  MATCH (y:Country {id: row.to}) USING INDEX SEEK y:Country(id)
  MERGE (x)-[r:OF_COUNTRY]->(y)
  WITH r, row, r.sourceCount IS NULL AS isNew
  SET r.sourceCount = coalesce(r.sourceCount, 0) + row.count,
      r.firstSeen = CASE WHEN row.since IS NOT NULL AND (r.firstSeen IS NULL OR date(row.since) < r.firstSeen) THEN date(row.since) ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN row.until IS NOT NULL AND (r.lastSeen IS NULL OR date(row.until) > r.lastSeen) THEN date(row.until) ELSE r.lastSeen END
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS ofCountry
}
RETURN 0 AS nodesCreated,
       attended + discussed + heldIn + inCountry + holdsPosition + represents + partOf + ofCountry AS relationshipsCreated
