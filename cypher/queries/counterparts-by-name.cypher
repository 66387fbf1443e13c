// Counterparts of the person a typed name means, in one statement (the Counterparts operation).
// $name, $key, $pkey: as person-by-name; $limit: page size + 1, $afterSort: [shared, name] or null, $afterId: id or null
CALL () {
  CALL () {
    MATCH (p:Person {id: $name}) RETURN p
    UNION
    MATCH (p:Person {personKey: $pkey}) RETURN p
    UNION
    CALL db.index.fulltext.queryNodes('identity_name_keys', '"' + $key + '" OR "' + $pkey + '"') YIELD node
    WITH node AS p WHERE p:Person
    RETURN p
  }
  RETURN p ORDER BY CASE WHEN p.id = $name THEN 0 ELSE 1 END, p.lastSeen DESC, p.id
  LIMIT 1
}
CALL (p) {
  OPTIONAL MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
  WHERE o <> p
  WITH o, count(DISTINCT m) AS shared, min(m.dateStart) AS firstStart, max(m.dateStart) AS lastStart,
       collect(DISTINCT m { .date, .dateStart }) AS ms
  WHERE o IS NOT NULL
  RETURN o, shared,
    [x IN ms WHERE x.dateStart = firstStart | x.date][0] AS firstDate,
    [x IN ms WHERE x.dateStart = lastStart | x.date][0] AS lastDate
  ORDER BY shared DESC, o.name, o.id
}
WITH p, collect({ o: o, shared: shared, firstDate: firstDate, lastDate: lastDate }) AS ranked
WITH p {
    .id, label: 'Person', .name, aliases: coalesce(p.aliases, []), .title, countryCode: p.country, .firstSeen, .lastSeen,
    country: COLLECT { MATCH (c:Country {id: p.country}) RETURN c { .id, label: 'Country', .name } }[0]
  } AS person,
  size(ranked) AS total,
  [x IN ranked WHERE $afterId IS NULL
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
RETURN person, total, nodes
