// Meetings by id, with the selected children.
// $ids: meeting ids
// $with: {place, participants, topics, sources} booleans: which children to prefetch (the fields the request selects);
//   {meetingDetail, personDetail, topicDetail}: whether the request selects more than id, label, name (and kind, date, format)
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
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
    person: CASE WHEN $with.personDetail THEN p { .id, label: 'Person', .name, aliases: coalesce(p.aliases, []), .title, countryCode: p.country, .firstSeen, .lastSeen,
      country: c { .id, label: 'Country', .name } }
        ELSE p { .id, label: 'Person', .name } END }) AS participants
}
CALL (m) {
  WITH m WHERE $with.topics
  MATCH (m)-[:DISCUSSED]->(t:Topic)
  WITH t ORDER BY t.name, t.id
  RETURN collect(CASE WHEN $with.topicDetail THEN t { .id, label: 'Topic', .name, aliases: coalesce(t.aliases, []) }
      ELSE t { .id, label: 'Topic', .name } END) AS topics
}
CALL (m) {
  WITH m WHERE $with.sources
  MATCH (a:Article)-[r:REPORTS]->(m)
  WITH a, r ORDER BY a.date, a.id
  RETURN collect({ articleId: a.id, title: a.title, date: a.date, source: a.source, url: a.url, sentence: r.sentence, start: r.start, end: r.end }) AS sources
}
RETURN CASE WHEN $with.meetingDetail THEN m {
  .id, label: 'Meeting', .name, .kind, .date, .dateStart, .dateEnd, .datePrecision, .format, .series, .ordinal,
  aliases: coalesce(m.aliases, []), place: place, participants: participants, topics: topics, sources: sources
} ELSE m { .id, label: 'Meeting', .name, .kind, .date, .format, place: place, participants: participants, topics: topics, sources: sources } END AS meeting
