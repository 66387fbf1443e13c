// Existing meetings a batch's meetings could be: attended by one of a window's people and starting in its date window,
// or with the same series and ordinal (index meeting_series); with their participants. Patterns hang off bound nodes
// with no label or index-usable predicate on the far end, so no statistics can turn them into index or label scans:
// the cost follows each person's meetings, never how many meetings a window holds.
// $batch.windows: [{from, to, people}] (dates 'YYYY-MM-DD'), $batch.series: [{seriesKey, ordinal}]
CYPHER replan=skip
CALL () {
  UNWIND $batch.windows AS w
  UNWIND w.people AS pid
  MATCH (p:Person {id: pid}) USING INDEX SEEK p:Person(id)
  UNWIND [(p)-[:ATTENDED]->(x) | x] AS m
  WITH w, m
  WHERE m:Meeting AND m.dateStart >= date(w.from) AND m.dateStart <= date(w.to)
  RETURN m
  UNION
  UNWIND $batch.series AS s
  MATCH (m:Meeting {seriesKey: s.seriesKey, ordinal: s.ordinal}) USING INDEX SEEK m:Meeting(seriesKey, ordinal)
  USING INDEX SEEK m:Meeting(seriesKey, ordinal)
  RETURN m
}
WITH DISTINCT m
RETURN m.id AS id,
       m.name AS name,
       coalesce(m.aliases, []) AS aliases,
       m.kind AS kind,
       m.date AS date,
       m.format AS format,
       coalesce(m.status, 'held') = 'held' AS held,
       m.series AS series,
       m.ordinal AS ordinal,
       COLLECT { MATCH (p)-[:ATTENDED]->(m) RETURN p.id ORDER BY p.id } AS participants,
       COLLECT { MATCH (p)-[r:ATTENDED]->(m) WHERE r.role = 'principal' RETURN p.id ORDER BY p.id } AS principals
