// Meetings each person attended, oldest first (keyset page), optionally within a window, with the selected children.
// $ids: person ids; $from, $to: 'YYYY-MM-DD' or null; $limit: page size + 1, $afterSort: 'YYYY-MM-DD' or null, $afterId: id or null
// $with: {place, participants, topics, sources} booleans: which children to prefetch (the fields the request selects)
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
      WITH m WHERE $with.place
      MATCH (m)-[:HELD_IN]->(pl:Place)
      WITH pl ORDER BY pl.id LIMIT 1
      OPTIONAL CALL (pl) { MATCH (pl)-[:IN_COUNTRY]->(c:Country) RETURN c LIMIT 1 }
      RETURN collect(pl { .id, label: 'Place', .name, countryCode: pl.country, country: c { .id, label: 'Country', .name } }) AS place
    }
    CALL (m) {
      WITH m WHERE $with.participants
      MATCH (p:Person)-[a:ATTENDED]->(m)
      OPTIONAL MATCH (c:Country {id: p.country})
      WITH a, p, c ORDER BY CASE a.role WHEN 'principal' THEN 0 ELSE 1 END, p.name, p.id
      RETURN collect({ role: a.role, title: a.title,
        person: p { .id, label: 'Person', .name, aliases: coalesce(p.aliases, []), .title, countryCode: p.country, .firstSeen, .lastSeen,
          country: c { .id, label: 'Country', .name } } }) AS participants
    }
    CALL (m) {
      WITH m WHERE $with.topics
      MATCH (m)-[:DISCUSSED]->(t:Topic)
      WITH t ORDER BY t.name, t.id
      RETURN collect(t { .id, label: 'Topic', .name, aliases: coalesce(t.aliases, []) }) AS topics
    }
    CALL (m) {
      WITH m WHERE $with.sources
      MATCH (a:Article)-[r:REPORTS]->(m)
      WITH a, r ORDER BY a.date, a.id
      RETURN collect({ articleId: a.id, title: a.title, date: a.date, source: a.source, url: a.url, sentence: r.sentence, start: r.start, end: r.end }) AS sources
    }
    RETURN collect({ sort: toString(k), node: m {
        .id, label: 'Meeting', .name, .kind, .date, .dateStart, .dateEnd, .datePrecision, .format, .series, .ordinal,
      aliases: coalesce(m.aliases, []), place: place, participants: participants, topics: topics, sources: sources
      } }) AS nodes
  }
  RETURN total, nodes
}
RETURN id, total, nodes
