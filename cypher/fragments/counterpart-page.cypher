// One keyset page of {{p}}'s counterparts, most shared meetings first: yields `total` and `nodes`, each
// [sharedMeetings, firstDate, lastDate, the person's fields] (src/api/person/person-tuple.ts reads them); a person with
// none keeps its row (total 0).
// {{page}}: a map {limit, afterSort, afterId} (afterSort: [shared, name] of the last row seen or null)
OPTIONAL CALL ({{p}}) {
  MATCH ({{p}})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
  WHERE o <> {{p}}
  WITH o, count(DISTINCT m) AS shared, min(m.dateStart) AS firstStart, max(m.dateStart) AS lastStart,
       collect(DISTINCT m { .date, .dateStart }) AS ms
  RETURN o, shared,
    [x IN ms WHERE x.dateStart = firstStart | x.date][0] AS firstDate,
    [x IN ms WHERE x.dateStart = lastStart | x.date][0] AS lastDate
}
WITH {{p}}, o, shared, firstDate, lastDate ORDER BY shared DESC, o.name, o.id
WITH {{p}}, [x IN collect({ o: o, shared: shared, firstDate: firstDate, lastDate: lastDate }) WHERE x.o IS NOT NULL] AS ranked
WITH {{p}}, size(ranked) AS total, [x IN ranked WHERE {{page}}.afterId IS NULL
    OR x.shared < {{page}}.afterSort[0]
    OR (x.shared = {{page}}.afterSort[0] AND (x.o.name > {{page}}.afterSort[1]
      OR (x.o.name = {{page}}.afterSort[1] AND x.o.id > {{page}}.afterId)))][0..{{page}}.limit] AS page
CALL (page) {
  UNWIND page AS x
  WITH x, x.o AS o
  RETURN collect([x.shared, x.firstDate, x.lastDate,
    // @include fragments/person-fields p=o
  ]) AS nodes
}
