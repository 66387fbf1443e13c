// Counterparts of each person: everyone who attended a meeting with them, most shared meetings first (keyset page).
// $ids: person ids, $limit: page size + 1, $afterSort: [shared, name] of the last row seen or null, $afterId: its id or null
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
  WHERE o <> p
  WITH o, count(DISTINCT m) AS shared, min(m.dateStart) AS firstStart, max(m.dateStart) AS lastStart,
       collect(DISTINCT m { .date, .dateStart }) AS ms
  RETURN o, shared,
    [x IN ms WHERE x.dateStart = firstStart | x.date][0] AS firstDate,
    [x IN ms WHERE x.dateStart = lastStart | x.date][0] AS lastDate
}
WITH id, o, shared, firstDate, lastDate ORDER BY shared DESC, o.name, o.id
WITH id, collect({ o: o, shared: shared, firstDate: firstDate, lastDate: lastDate }) AS ranked
WITH id, size(ranked) AS total, [x IN ranked WHERE $afterId IS NULL
    OR x.shared < $afterSort[0]
    OR (x.shared = $afterSort[0] AND (x.o.name > $afterSort[1] OR (x.o.name = $afterSort[1] AND x.o.id > $afterId)))][0..$limit] AS page
CALL (page) {
  UNWIND page AS x
  WITH x, x.o AS o
  RETURN collect({
    sharedMeetings: x.shared, firstDate: x.firstDate, lastDate: x.lastDate,
    person: o { .id, label: 'Person', .name, aliases: coalesce(o.aliases, []), .title, countryCode: o.country, .firstSeen, .lastSeen,
      country: COLLECT { MATCH (c:Country {id: o.country}) RETURN c { .id, label: 'Country', .name } }[0] }
  }) AS nodes
}
RETURN id, total, nodes
