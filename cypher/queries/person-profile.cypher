// One person by typed name with the nested lists the request selects, in one statement (the person field's look-ahead).
// $name, $key, $pkey: as person-by-name; $include: {positions, counterparts, meetings} booleans: which lists to fetch
// $counterparts: {limit, afterSort, afterId} as person-counterparts takes; $meetings: {from, to, limit, afterSort, afterId} as person-meetings
// $with: {place, participants, topics, sources} booleans: which meeting children to prefetch
// A meeting's children come as unordered pattern comprehensions (the cheapest form); the API orders them (meeting-children.ts).
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
OPTIONAL MATCH (c:Country {id: p.country})
CALL (p) {
  WITH p WHERE $include.positions
  MATCH (p)-[h:HOLDS_POSITION]->(o:Organization)
  WITH p, h, o ORDER BY h.since, h.until, h.title
  RETURN collect({
    title: h.title, since: h.since, until: h.until,
    person: p { .id, label: 'Person', .name, aliases: coalesce(p.aliases, []), .title, countryCode: p.country, .firstSeen, .lastSeen },
    organization: o {
      .id, label: 'Organization', .name, .kind, aliases: coalesce(o.aliases, []), countryCode: o.country,
      country: COLLECT { MATCH (c:Country {id: o.country}) RETURN c { .id, label: 'Country', .name } }[0]
    },
    sources: COLLECT {
      MATCH (a:Article) WHERE a.id IN coalesce(h.articles, [])
      OPTIONAL MATCH (a)-[r:MENTIONS]->(p)
      RETURN { articleId: a.id, title: a.title, date: a.date, source: a.source, url: a.url, sentence: r.sentence, start: r.start, end: r.end }
      ORDER BY a.date, a.id
    }
  }) AS positions
}
CALL (p) {
  CALL (p) {
    WITH p WHERE $include.counterparts
    MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
    WHERE o <> p
    WITH o, count(DISTINCT m) AS shared, min(m.dateStart) AS firstStart, max(m.dateStart) AS lastStart,
         collect(DISTINCT m { .date, .dateStart }) AS ms
    RETURN o, shared,
      [x IN ms WHERE x.dateStart = firstStart | x.date][0] AS firstDate,
      [x IN ms WHERE x.dateStart = lastStart | x.date][0] AS lastDate
  }
  WITH o, shared, firstDate, lastDate ORDER BY shared DESC, o.name, o.id
  WITH collect({ o: o, shared: shared, firstDate: firstDate, lastDate: lastDate }) AS ranked
  WITH size(ranked) AS total, [x IN ranked WHERE $counterparts.afterId IS NULL
      OR x.shared < $counterparts.afterSort[0]
      OR (x.shared = $counterparts.afterSort[0] AND (x.o.name > $counterparts.afterSort[1] OR (x.o.name = $counterparts.afterSort[1] AND x.o.id > $counterparts.afterId)))][0..$counterparts.limit] AS page
  CALL (page) {
    UNWIND page AS x
    WITH x, x.o AS o
    RETURN collect({
      sharedMeetings: x.shared, firstDate: x.firstDate, lastDate: x.lastDate,
      person: o { .id, label: 'Person', .name, aliases: coalesce(o.aliases, []), .title, countryCode: o.country, .firstSeen, .lastSeen,
        country: COLLECT { MATCH (c:Country {id: o.country}) RETURN c { .id, label: 'Country', .name } }[0] }
    }) AS nodes
  }
  RETURN { total: total, nodes: nodes } AS counterparts
}
CALL (p) {
  WITH p WHERE $include.meetings
  OPTIONAL MATCH (p)-[:ATTENDED]->(m:Meeting)
  WHERE ($meetings.from IS NULL OR m.dateEnd >= date($meetings.from)) AND ($meetings.to IS NULL OR m.dateStart <= date($meetings.to))
  WITH DISTINCT m, coalesce(m.dateStart, date('9999-12-31')) AS k
  ORDER BY k, m.id
  WITH [x IN collect({ m: m, k: k }) WHERE x.m IS NOT NULL] AS ranked
  WITH size(ranked) AS total, [x IN ranked WHERE $meetings.afterId IS NULL
      OR x.k > date($meetings.afterSort) OR (x.k = date($meetings.afterSort) AND x.m.id > $meetings.afterId)][0..$meetings.limit] AS page
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
  RETURN { total: total, nodes: nodes } AS meetings
}
RETURN p {
  .id, label: 'Person', .name, aliases: coalesce(p.aliases, []), .title, countryCode: p.country, .firstSeen, .lastSeen,
  country: c { .id, label: 'Country', .name }
} AS person, positions, counterparts, meetings
