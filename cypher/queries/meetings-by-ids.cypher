// Meetings by id, with the selected children.
// $ids: meeting ids
// $with: {place, participants, topics, sources} booleans: which children to prefetch (the fields the request selects)
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN m {
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
} AS meeting
