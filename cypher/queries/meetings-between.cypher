// Meetings two people (typed names) both attended, newest first (keyset page), with the selected children.
// $a, $b: {name, key, pkey} as person-by-name takes; $limit: page size + 1, $afterSort: 'YYYY-MM-DD' of the last row seen or null, $afterId: its id or null
// $with: {place, participants, topics, sources} booleans: which children to prefetch (the fields the request selects)
CALL () {
  MATCH (p:Person)
  WHERE p.id = $a.name OR p.personKey = $a.pkey OR $a.key IN p.nameKeys OR $a.pkey IN p.nameKeys
  RETURN p AS pa ORDER BY CASE WHEN p.id = $a.name THEN 0 ELSE 1 END, p.lastSeen DESC, p.id LIMIT 1
}
CALL () {
  MATCH (p:Person)
  WHERE p.id = $b.name OR p.personKey = $b.pkey OR $b.key IN p.nameKeys OR $b.pkey IN p.nameKeys
  RETURN p AS pb ORDER BY CASE WHEN p.id = $b.name THEN 0 ELSE 1 END, p.lastSeen DESC, p.id LIMIT 1
}
OPTIONAL MATCH (pa)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(pb)
WHERE pa <> pb
WITH DISTINCT m, coalesce(m.dateStart, date('0001-01-01')) AS k
ORDER BY k DESC, m.id
WITH [x IN collect({ m: m, k: k }) WHERE x.m IS NOT NULL] AS ranked
WITH size(ranked) AS total, [x IN ranked WHERE $afterId IS NULL
    OR x.k < date($afterSort) OR (x.k = date($afterSort) AND x.m.id > $afterId)][0..$limit] AS page
CALL (page) {
  UNWIND page AS x
  WITH x, x.m AS m
  RETURN collect({ sort: toString(x.k), node: m {
      .id, label: 'Meeting', .name, .kind, .date, .dateStart, .dateEnd, .datePrecision, .format, .series, .ordinal,
      aliases: coalesce(m.aliases, []),
      place: CASE WHEN $with.place THEN COLLECT {
        MATCH (m)-[:HELD_IN]->(pl:Place)
        RETURN pl { .id, label: 'Place', .name, countryCode: pl.country,
          country: COLLECT { MATCH (pl)-[:IN_COUNTRY]->(c:Country) RETURN c { .id, label: 'Country', .name } LIMIT 1 }[0] }
        ORDER BY pl.id LIMIT 1
      } END,
      participants: CASE WHEN $with.participants THEN COLLECT {
        MATCH (p:Person)-[a:ATTENDED]->(m)
        RETURN { role: a.role, title: a.title, articles: a.articles,
          person: p { .id, label: 'Person', .name, aliases: coalesce(p.aliases, []), .title, countryCode: p.country, .firstSeen, .lastSeen,
            country: COLLECT { MATCH (c:Country {id: p.country}) RETURN c { .id, label: 'Country', .name } }[0] } }
        ORDER BY CASE a.role WHEN 'principal' THEN 0 ELSE 1 END, p.name, p.id
      } END,
      topics: CASE WHEN $with.topics THEN COLLECT {
        MATCH (m)-[:DISCUSSED]->(t:Topic)
        RETURN t { .id, label: 'Topic', .name, aliases: coalesce(t.aliases, []) } ORDER BY t.name, t.id
      } END,
      sources: CASE WHEN $with.sources THEN COLLECT {
        MATCH (a:Article)-[r:REPORTS]->(m)
        RETURN { articleId: a.id, title: a.title, date: a.date, source: a.source, url: a.url, sentence: r.sentence, start: r.start, end: r.end }
        ORDER BY a.date, a.id
      } END
    } }) AS nodes
}
RETURN total, nodes
