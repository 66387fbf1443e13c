// Last statement of a batch: re-derives the tally edges (fragments/meeting-tallies) of every meeting whose facts the
// batch may have changed: those its articles report, those an edited article's old body reported, and all meetings
// of a person whose represented countries changed (`tallyCountries` keeps the codes last tallied; that rarely
// changes, so a hub's meetings are not read per batch). Cost follows the batch's meetings, not the graph.
// $batch.articles: ids written; $batch.meetings, $batch.people: ids load/tally-scope gave for removed articles
CYPHER replan=skip
CALL () {
  UNWIND $batch.articles AS id
  MATCH (a:Article {id: id})-[:MENTIONS]->(p) USING INDEX SEEK a:Article(id)
  WHERE p:Person
  RETURN p
  UNION
  UNWIND $batch.people AS id
  MATCH (p:Person {id: id}) USING INDEX SEEK p:Person(id)
  RETURN p
}
WITH p, COLLECT { MATCH (p)-[:REPRESENTS]->(c) RETURN c.id AS c ORDER BY c } AS codes
WITH collect(CASE WHEN codes <> coalesce(p.tallyCountries, []) THEN { p: p, codes: codes } END) AS changed
// (none is kept as no property, as a fresh load and the migration leave it)
CALL (changed) {
  UNWIND changed AS x
  WITH x.p AS p, x.codes AS codes
  SET p.tallyCountries = CASE WHEN size(codes) > 0 THEN codes END
}
CALL (changed) {
  UNWIND $batch.articles AS id
  MATCH (a:Article {id: id})-[:REPORTS]->(m) USING INDEX SEEK a:Article(id)
  RETURN m
  UNION
  UNWIND $batch.meetings AS id
  MATCH (m:Meeting {id: id}) USING INDEX SEEK m:Meeting(id)
  RETURN m
  UNION
  UNWIND changed AS x
  WITH x.p AS p
  MATCH (p)-[:ATTENDED]->(m)
  RETURN m
}
// @include fragments/meeting-tallies
RETURN count(*) AS refreshed
