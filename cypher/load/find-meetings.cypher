// Existing meetings a batch's meetings could be: attended by one of a window's people and starting in its date window,
// or with the same series and ordinal (index meeting_series); with their participants. A person's meetings in a window
// are read from the person (most attend few), or, for one who attended more than $probe, from the window's meetings by
// the date index when the window holds fewer than $probe (counted that far), each checked from its own side: so a
// foreign minister's thousands of meetings are not read for every article about them, and the cost stays under twice
// $probe unless the person and the window are both busy.
// $batch.windows: [{from, to, people}] (dates 'YYYY-MM-DD'), $batch.series: [{seriesKey, ordinal}]; $probe: an integer
CYPHER replan=skip
CALL () {
  UNWIND $batch.windows AS w
  UNWIND w.people AS pid
  MATCH (p:Person {id: pid}) USING INDEX SEEK p:Person(id)
  WITH p, date(w.from) AS from, date(w.to) AS to
  WITH p, from, to, CASE
      WHEN COUNT { (p)-[:ATTENDED]->() } <= $probe THEN false
      ELSE COUNT {
        MATCH (n:Meeting) USING INDEX SEEK n:Meeting(dateStart) WHERE n.dateStart >= from AND n.dateStart <= to
        RETURN n LIMIT toInteger($probe)
      } < $probe
    END AS byWindow
  CALL (p, from, to, byWindow) {
    // Off the bound person, with no label or index-usable predicate on the far end: no statistics can turn it into an
    // index or label scan.
    WITH p, from, to WHERE NOT byWindow
    UNWIND [(p)-[:ATTENDED]->(x) | x] AS m
    WITH m, from, to WHERE m:Meeting AND m.dateStart >= from AND m.dateStart <= to
    RETURN m
    UNION
    WITH p, from, to WHERE byWindow
    // a subquery, so that the planner cannot move the test above to after the seek (every person would pay the window)
    CALL (p, from, to) {
      MATCH (m:Meeting) USING INDEX SEEK m:Meeting(dateStart) WHERE m.dateStart >= from AND m.dateStart <= to
        AND EXISTS { (p)-[:ATTENDED]->(m) }
      RETURN m
    }
    RETURN m
  }
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
