// Upserts every node of a batch in one statement, kind by kind (articles first, so the MENTIONS and REPORTS of the
// later kinds find them): Article, then Country, Organization, Place, Topic and Person with the MENTIONS from each
// article, then Meeting with the REPORTS. Props come from identity resolution under the load lock; a node without a
// name yet was just created; a row without props names a node that holds them already. Every MERGE is on a
// constraint-backed id. MENTIONS and REPORTS are created, not merged: only articles not in the graph are written
// (checked under the lock by load/begin-batch), so none of theirs exists yet. Each node gets a `(:NameKey)-[:KEY_OF]->`
// edge for every name key it did not carry yet (people also `FAMILY_KEY_OF` for their family keys): the exact-key
// path name lookups take.
// $batch.articles: [{id, key, title, source, url, file, date}] (unchanged ones skipped, replaced ones removed);
// $batch.{countries, organizations, places, topics, people}: [{id, props, keys, familyKeys, first, last, mentions: [{article, count,
// sentence, start, end, names, aliases, titles, facts}]}] (the names, other forms and titles the article gives the node, the `factKey`s of the
// repeated facts it states about it: their sources; null when empty, so the edge has no such property);
// $batch.meetings: the same with dateStart, dateEnd, and a mention's status (held or planned, as the article says);
// a mention's article is a position in $batch.ids (article ids)
CYPHER replan=skip
CALL () {
  UNWIND $batch.articles AS row
  MERGE (a:Article {id: row.id})
  WITH a, row, a.key IS NULL AS isNew
  SET a.key = row.key, a.extractionHash = row.extractionHash, a.title = row.title, a.source = row.source, a.url = row.url, a.file = row.file,
      a.date = date(row.date), a.firstSeen = date(row.date), a.lastSeen = date(row.date),
      a.loadedAt = coalesce(a.loadedAt, datetime())
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS articlesNodes
}
CALL () {
  UNWIND $batch.countries AS row
  MERGE (n:Country {id: row.id})
  WITH n, row, n.name IS NULL AS isNew
  SET n += coalesce(row.props, {}),
    n.firstSeen = CASE WHEN row.first IS NOT NULL AND (n.firstSeen IS NULL OR date(row.first) < n.firstSeen) THEN date(row.first) ELSE n.firstSeen END,
    n.lastSeen = CASE WHEN row.last IS NOT NULL AND (n.lastSeen IS NULL OR date(row.last) > n.lastSeen) THEN date(row.last) ELSE n.lastSeen END
  WITH n, row, isNew
  CALL (n, row) {
    UNWIND row.mentions AS m
    MATCH (a:Article {id: $batch.ids[toInteger(m.article)]}) USING INDEX SEEK a:Article(id)
    // @include fragments/create-mention a=a m=m n=n
    RETURN count(*) AS created
  }
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS countriesNodes, sum(created) AS countriesRels
}
CALL () {
  UNWIND $batch.organizations AS row
  MERGE (n:Organization {id: row.id})
  WITH n, row, n.name IS NULL AS isNew
  SET n += coalesce(row.props, {}),
    n.firstSeen = CASE WHEN row.first IS NOT NULL AND (n.firstSeen IS NULL OR date(row.first) < n.firstSeen) THEN date(row.first) ELSE n.firstSeen END,
    n.lastSeen = CASE WHEN row.last IS NOT NULL AND (n.lastSeen IS NULL OR date(row.last) > n.lastSeen) THEN date(row.last) ELSE n.lastSeen END
  WITH n, row, isNew
  CALL (n, row) {
    UNWIND row.mentions AS m
    MATCH (a:Article {id: $batch.ids[toInteger(m.article)]}) USING INDEX SEEK a:Article(id)
    // @include fragments/create-mention a=a m=m n=n
    RETURN count(*) AS created
  }
  CALL (n, row) {
    UNWIND row.keys AS key
    MERGE (k:NameKey {key: key})
    MERGE (k)-[:KEY_OF]->(n)
  }
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS organizationsNodes, sum(created) AS organizationsRels
}
CALL () {
  UNWIND $batch.places AS row
  MERGE (n:Place {id: row.id})
  WITH n, row, n.name IS NULL AS isNew
  SET n += coalesce(row.props, {}),
    n.firstSeen = CASE WHEN row.first IS NOT NULL AND (n.firstSeen IS NULL OR date(row.first) < n.firstSeen) THEN date(row.first) ELSE n.firstSeen END,
    n.lastSeen = CASE WHEN row.last IS NOT NULL AND (n.lastSeen IS NULL OR date(row.last) > n.lastSeen) THEN date(row.last) ELSE n.lastSeen END
  WITH n, row, isNew
  CALL (n, row) {
    UNWIND row.mentions AS m
    MATCH (a:Article {id: $batch.ids[toInteger(m.article)]}) USING INDEX SEEK a:Article(id)
    // @include fragments/create-mention a=a m=m n=n
    RETURN count(*) AS created
  }
  CALL (n, row) {
    UNWIND row.keys AS key
    MERGE (k:NameKey {key: key})
    MERGE (k)-[:KEY_OF]->(n)
  }
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS placesNodes, sum(created) AS placesRels
}
CALL () {
  UNWIND $batch.topics AS row
  MERGE (n:Topic {id: row.id})
  WITH n, row, n.name IS NULL AS isNew
  SET n += coalesce(row.props, {}),
    n.firstSeen = CASE WHEN row.first IS NOT NULL AND (n.firstSeen IS NULL OR date(row.first) < n.firstSeen) THEN date(row.first) ELSE n.firstSeen END,
    n.lastSeen = CASE WHEN row.last IS NOT NULL AND (n.lastSeen IS NULL OR date(row.last) > n.lastSeen) THEN date(row.last) ELSE n.lastSeen END
  WITH n, row, isNew
  CALL (n, row) {
    UNWIND row.mentions AS m
    MATCH (a:Article {id: $batch.ids[toInteger(m.article)]}) USING INDEX SEEK a:Article(id)
    // @include fragments/create-mention a=a m=m n=n
    RETURN count(*) AS created
  }
  CALL (n, row) {
    UNWIND row.keys AS key
    MERGE (k:NameKey {key: key})
    MERGE (k)-[:KEY_OF]->(n)
  }
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS topicsNodes, sum(created) AS topicsRels
}
CALL () {
  UNWIND $batch.people AS row
  MERGE (n:Person {id: row.id})
  WITH n, row, n.name IS NULL AS isNew
  SET n += coalesce(row.props, {}),
    n.firstSeen = CASE WHEN row.first IS NOT NULL AND (n.firstSeen IS NULL OR date(row.first) < n.firstSeen) THEN date(row.first) ELSE n.firstSeen END,
    n.lastSeen = CASE WHEN row.last IS NOT NULL AND (n.lastSeen IS NULL OR date(row.last) > n.lastSeen) THEN date(row.last) ELSE n.lastSeen END
  WITH n, row, isNew
  CALL (n, row) {
    UNWIND row.mentions AS m
    MATCH (a:Article {id: $batch.ids[toInteger(m.article)]}) USING INDEX SEEK a:Article(id)
    // @include fragments/create-mention a=a m=m n=n
    RETURN count(*) AS created
  }
  CALL (n, row) {
    UNWIND row.keys AS key
    MERGE (k:NameKey {key: key})
    MERGE (k)-[:KEY_OF]->(n)
  }
  CALL (n, row) {
    UNWIND row.familyKeys AS key
    MERGE (k:NameKey {key: key})
    MERGE (k)-[:FAMILY_KEY_OF]->(n)
  }
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS peopleNodes, sum(created) AS peopleRels
}
CALL () {
  UNWIND $batch.meetings AS row
  MERGE (n:Meeting {id: row.id})
  WITH n, row, n.name IS NULL AS isNew
  SET n += coalesce(row.props, {}),
    n.dateStart = date(row.dateStart),
    n.dateEnd = date(row.dateEnd),
    n.firstSeen = CASE WHEN row.first IS NOT NULL AND (n.firstSeen IS NULL OR date(row.first) < n.firstSeen) THEN date(row.first) ELSE n.firstSeen END,
    n.lastSeen = CASE WHEN row.last IS NOT NULL AND (n.lastSeen IS NULL OR date(row.last) > n.lastSeen) THEN date(row.last) ELSE n.lastSeen END
  WITH n, row, isNew
  CALL (n, row) {
    UNWIND row.mentions AS m
    MATCH (a:Article {id: $batch.ids[toInteger(m.article)]}) USING INDEX SEEK a:Article(id)
    CREATE (a)-[:REPORTS {sentence: m.sentence, start: m.start, end: m.end, names: m.names, status: m.status}]->(n)
    RETURN count(*) AS created
  }
  CALL (n, row) {
    UNWIND row.keys AS key
    MERGE (k:NameKey {key: key})
    MERGE (k)-[:KEY_OF]->(n)
  }
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS meetingsNodes, sum(created) AS meetingsRels
}
RETURN articlesNodes + countriesNodes + organizationsNodes + placesNodes + topicsNodes + peopleNodes + meetingsNodes AS nodesCreated,
       countriesRels + organizationsRels + placesRels + topicsRels + peopleRels + meetingsRels AS relationshipsCreated
