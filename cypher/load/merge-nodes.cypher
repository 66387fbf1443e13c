// Upserts every node of a batch in one statement, kind by kind (articles first, so the MENTIONS and REPORTS of the
// later kinds find them): Article, then Country, Organization, Place, Topic and Person with the MENTIONS from each
// article, then Meeting with the REPORTS. Props come from identity resolution under the load lock; a node without a
// name yet was just created. Every MERGE is on a constraint-backed id.
// $batch.articles: [{id, key, title, source, url, file, date}] (unchanged ones skipped, replaced ones removed);
// $batch.{countries, organizations, places, topics, people}: [{id, props, first, last, mentions: [{article, count, sentence, start, end}]}];
// $batch.meetings: the same with dateStart, dateEnd
CYPHER replan=skip
CALL () {
  UNWIND $batch.articles AS row
  MERGE (a:Article {id: row.id})
  WITH a, row, a.key IS NULL AS isNew
  SET a.key = row.key, a.title = row.title, a.source = row.source, a.url = row.url, a.file = row.file,
      a.date = date(row.date), a.firstSeen = date(row.date), a.lastSeen = date(row.date),
      a.loadedAt = coalesce(a.loadedAt, datetime())
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS articlesNodes
}
CALL () {
  UNWIND $batch.countries AS row
  MERGE (n:Country {id: row.id})
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
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS countriesNodes, sum(created) AS countriesRels
}
CALL () {
  UNWIND $batch.organizations AS row
  MERGE (n:Organization {id: row.id})
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
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS organizationsNodes, sum(created) AS organizationsRels
}
CALL () {
  UNWIND $batch.places AS row
  MERGE (n:Place {id: row.id})
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
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS placesNodes, sum(created) AS placesRels
}
CALL () {
  UNWIND $batch.topics AS row
  MERGE (n:Topic {id: row.id})
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
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS topicsNodes, sum(created) AS topicsRels
}
CALL () {
  UNWIND $batch.people AS row
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
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS peopleNodes, sum(created) AS peopleRels
}
CALL () {
  UNWIND $batch.meetings AS row
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
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS meetingsNodes, sum(created) AS meetingsRels
}
RETURN articlesNodes + countriesNodes + organizationsNodes + placesNodes + topicsNodes + peopleNodes + meetingsNodes AS nodesCreated,
       countriesRels + organizationsRels + placesRels + topicsRels + peopleRels + meetingsRels AS relationshipsCreated
