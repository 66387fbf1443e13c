// Existing meetings a batch's meetings could be: attended by one of a window's people and starting in its date window
// (walked from each person in a pattern comprehension, so whatever the statistics the cost follows their meetings,
// never how many meetings the window holds), or with the
// same series and ordinal (index meeting_series); with their participants.
// $batch.windows: [{from, to, people}] (dates 'YYYY-MM-DD'), $batch.series: [{seriesKey, ordinal}]
CYPHER replan=skip
CALL () {
  UNWIND $batch.windows AS w
  UNWIND w.people AS pid
  MATCH (p:Person {id: pid})
  UNWIND [(p)-[:ATTENDED]->(m:Meeting) WHERE m.dateStart >= date(w.from) AND m.dateStart <= date(w.to) | m] AS m
  RETURN m
  UNION
  UNWIND $batch.series AS s
  MATCH (m:Meeting {seriesKey: s.seriesKey, ordinal: s.ordinal})
  RETURN m
}
WITH DISTINCT m
RETURN m.id AS id,
       m.name AS name,
       coalesce(m.aliases, []) AS aliases,
       m.kind AS kind,
       m.date AS date,
       m.format AS format,
       m.series AS series,
       m.ordinal AS ordinal,
       COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN p.id ORDER BY p.id } AS participants,
       COLLECT { MATCH (p:Person)-[r:ATTENDED]->(m) WHERE r.role = 'principal' RETURN p.id ORDER BY p.id } AS principals
