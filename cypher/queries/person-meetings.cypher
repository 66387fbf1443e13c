// Meetings each person attended, oldest first (keyset page), optionally within a window, with the selected children.
// $ids: person ids; $from, $to: 'YYYY-MM-DD' or null; $limit: page size + 1, $afterSort: 'YYYY-MM-DD' or null, $afterId: id or null
// $with: {place, participants, topics, sources} booleans: which children to prefetch (the fields the request selects)
// A meeting's children come as unordered pattern comprehensions (the cheapest form); the API orders them (meeting-children.ts).
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[:ATTENDED]->(m:Meeting)
  WHERE ($from IS NULL OR m.dateEnd >= date($from)) AND ($to IS NULL OR m.dateStart <= date($to))
  WITH DISTINCT m, coalesce(m.dateStart, date('9999-12-31')) AS k
  ORDER BY k, m.id
  WITH [x IN collect({ m: m, k: k }) WHERE x.m IS NOT NULL] AS ranked
  WITH size(ranked) AS total, [x IN ranked WHERE $afterId IS NULL
      OR x.k > date($afterSort) OR (x.k = date($afterSort) AND x.m.id > $afterId)][0..$limit] AS page
  CALL (page) {
    UNWIND page AS x
    WITH x.m AS m, x.k AS k
    CALL (m) {
      RETURN CASE WHEN $with.place THEN [(m)-[:HELD_IN]->(pl:Place) | pl { .id, label: 'Place', .name, countryCode: pl.country,
          country: [(pl)-[:IN_COUNTRY]->(c:Country) | c { .id, label: 'Country', .name }][0] }] END AS place,
        CASE WHEN $with.participants THEN [(p:Person)-[a:ATTENDED]->(m) | { role: a.role, title: a.title,
          person: CASE WHEN $with.personDetail THEN p { .id, label: 'Person', .name, aliases: coalesce(p.aliases, []), .title, countryCode: p.country, .firstSeen, .lastSeen,
            country: COLLECT { MATCH (c:Country {id: p.country}) RETURN c { .id, label: 'Country', .name } }[0] }
            ELSE p { .id, label: 'Person', .name } END }] END AS participants,
        CASE WHEN $with.topics THEN [(m)-[:DISCUSSED]->(t:Topic) | CASE WHEN $with.topicDetail THEN t { .id, label: 'Topic', .name, aliases: coalesce(t.aliases, []) }
          ELSE t { .id, label: 'Topic', .name } END] END AS topics,
        CASE WHEN $with.sources THEN [(a:Article)-[r:REPORTS]->(m) | { articleId: a.id, title: a.title, date: a.date, source: a.source, url: a.url,
          sentence: r.sentence, start: r.start, end: r.end }] END AS sources
    }
    RETURN collect({ sort: toString(k), node: m {
        .id, label: 'Meeting', .name, .kind, .date, .dateStart, .dateEnd, .datePrecision, .format, .series, .ordinal,
      aliases: coalesce(m.aliases, []), place: place, participants: participants, topics: topics, sources: sources
      } }) AS nodes
  }
  RETURN total, nodes
}
RETURN id, total, nodes
