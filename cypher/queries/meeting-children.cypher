// The children of each meeting a request selects (place, participants, topics, sources), for the meeting loaders.
// $ids: meeting ids
// $with: {place, participants, topics, sources} booleans: which children to fetch
// A meeting's children come as unordered pattern comprehensions (the cheapest form); the API orders them (meeting-children.ts).
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
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
RETURN id, { place: place, participants: participants, topics: topics, sources: sources } AS children
