// Existing meetings a batch's meetings could be: starting in a date window and attended by one of the window's people
// (index meeting_date_start), or with the same series and ordinal (index meeting_series); with their participants.
// $windows: [{from, to, people}] (dates 'YYYY-MM-DD'), $series: [{seriesKey, ordinal}]
CALL () {
  UNWIND $windows AS w
  MATCH (m:Meeting)
  WHERE m.dateStart >= date(w.from) AND m.dateStart <= date(w.to)
    AND EXISTS { MATCH (p:Person)-[:ATTENDED]->(m) WHERE p.id IN w.people }
  RETURN m
  UNION
  UNWIND $series AS s
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
