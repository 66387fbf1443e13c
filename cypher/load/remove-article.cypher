// Removes one article replaced by an edited version. Facts about one event lose its id from `articles` (a fact left
// with none is deleted). Repeated facts it states (the `facts` of its MENTIONS edges) count one source less (none left:
// deleted); when its date was their first or last, those are recomputed from the sources left. Then the article goes,
// nodes no article mentions any more go (with name keys no other node carries), and firstSeen/lastSeen are recomputed,
// and a meeting's status (held when any report left says so).
// Returns the nodes left whose names or titles only this article gave, with the names, other forms and dated titles
// their other sources give: the loader recomputes their names, keys and titles from these (load/rename-after-edit).
// $id: the old article id
// Far ends carry no label (MENTIONS and REPORTS only leave articles), so no statistics can plan a label scan for them.
MATCH (a:Article {id: $id}) USING INDEX SEEK a:Article(id)
OPTIONAL MATCH (a)-[:MENTIONS|REPORTS]->(x)
WITH a, collect(DISTINCT x) AS xs
// Every fact about an event has a meeting at one end, and an article that lists it reports that meeting (the loader
// writes both, and absorbing a meeting moves both): so they are found from its meetings, whose relationships are few,
// and not from a person's or a place's, which grow with the graph.
CALL (a) {
  MATCH (a)-[:REPORTS]->(m:Meeting)
  MATCH (m)-[r:ATTENDED|DISCUSSED|HELD_IN]-()
  WHERE $id IN coalesce(r.articles, [])
  RETURN collect(DISTINCT r) AS events
}
CALL (events) {
  UNWIND events AS r
  WITH r, [i IN r.articles WHERE i <> $id] AS rest
  CALL (r, rest) {
    WITH r, rest WHERE size(rest) > 0
    SET r.articles = rest
  }
  CALL (r, rest) {
    WITH r, rest WHERE size(rest) = 0
    DELETE r
  }
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->(x)
  WHERE m.facts IS NOT NULL
  MATCH (x)-[r:HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY|IN_COUNTRY]->(y)
  WITH a, x, r, type(r) + '|' + y.id + '|' + coalesce(r.title, '') AS key, m.facts AS stated
  WHERE key IN stated
  SET r.sourceCount = r.sourceCount - 1
  WITH a, x, r, key
  CALL (a, x, r, key) {
    WITH a, x, r, key, x.id AS xid, toString(a.date) AS day
    WHERE r.sourceCount > 0 AND (a.date = r.firstSeen OR a.date = r.lastSeen)
      // another source of the same date keeps both. The sources are read from the (node, date) index of
      // fragments/mention-source-keys, so each look is a seek, in date order, not a read of all of x's mentions
      // (by xid and day: a property of an outer node does not plan as a seek inside EXISTS)
      AND NOT EXISTS {
        MATCH (b)-[m:MENTIONS]->(x) USING INDEX SEEK m:MENTIONS(node, date)
        WHERE m.node = xid AND m.date = day AND b <> a AND key IN m.facts
      }
    CALL (a, x, xid, key) {
      RETURN head(COLLECT {
          MATCH (b)-[m:MENTIONS]->(x) USING INDEX SEEK m:MENTIONS(node, date)
          WHERE m.node = xid AND m.date > '' AND b <> a AND key IN m.facts
          RETURN b.date ORDER BY m.node, m.date LIMIT 1
        }) AS first,
        head(COLLECT {
          MATCH (b)-[m:MENTIONS]->(x) USING INDEX SEEK m:MENTIONS(node, date)
          WHERE m.node = xid AND m.date > '' AND b <> a AND key IN m.facts
          RETURN b.date ORDER BY m.node DESC, m.date DESC LIMIT 1
        }) AS last
    }
    SET r.firstSeen = first, r.lastSeen = last
    SET r.since = CASE WHEN r.since IS NULL THEN null ELSE first END,
        r.until = CASE WHEN r.until IS NULL THEN null ELSE last END
  }
  CALL (r) {
    WITH r WHERE r.sourceCount <= 0
    DELETE r
  }
}
CALL (a, xs) {
  UNWIND xs AS x
  MATCH (a)-[m:MENTIONS|REPORTS]->(x)
  WHERE EXISTS { MATCH (b)-[:MENTIONS|REPORTS]->(x) WHERE b <> a }
  WITH a, x, coalesce(m.names, []) + coalesce(m.aliases, []) AS forms, coalesce(m.titles, []) AS titles
  WHERE any(f IN forms WHERE NOT EXISTS {
      MATCH (b)-[o:MENTIONS|REPORTS]->(x) WHERE b <> a AND (f IN coalesce(o.names, []) OR f IN coalesce(o.aliases, []))
    })
    OR any(t IN titles WHERE NOT EXISTS { MATCH (b)-[o:MENTIONS]->(x) WHERE b <> a AND t IN coalesce(o.titles, []) })
  RETURN collect({
    id: x.id,
    label: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Topic', 'Meeting']][0],
    nameKeys: coalesce(x.nameKeys, []),
    familyKeys: coalesce(x.familyKeys, []),
    names: COLLECT { MATCH (b)-[o:MENTIONS|REPORTS]->(x) WHERE b <> a UNWIND coalesce(o.names, []) AS n RETURN DISTINCT n },
    aliases: COLLECT { MATCH (b)-[o:MENTIONS|REPORTS]->(x) WHERE b <> a UNWIND coalesce(o.aliases, []) AS n RETURN DISTINCT n },
    titles: COLLECT {
      MATCH (b)-[o:MENTIONS]->(x) WHERE b <> a AND o.titles IS NOT NULL
      UNWIND o.titles AS t
      RETURN { title: t, date: b.date }
    }
  }) AS renamed
}
WITH a, xs, renamed, a.date AS removed
DETACH DELETE a
WITH xs, renamed, removed
CALL (xs, removed) {
  UNWIND xs AS x
  // firstSeen and lastSeen are the first and last dates of the articles left: they change only where the article's
  // date was one of them and no other article of that date is left (a hub's are read in full only then)
  CALL (x, removed) {
    WITH x WHERE removed IS NOT NULL AND (removed = x.firstSeen OR removed = x.lastSeen)
      AND EXISTS { ()-[:MENTIONS|REPORTS]->(x) }
      AND NOT EXISTS { MATCH (b)-[:MENTIONS|REPORTS]->(x) WHERE b.date = removed }
    WITH x, [(b)-[:MENTIONS|REPORTS]->(x) WHERE b.date IS NOT NULL | b.date] AS dates
    SET x.firstSeen = reduce(m = head(dates), d IN dates | CASE WHEN d < m THEN d ELSE m END),
        x.lastSeen = reduce(m = head(dates), d IN dates | CASE WHEN d > m THEN d ELSE m END)
  }
  CALL (x) {
    WITH x WHERE x:Meeting AND EXISTS { ()-[:REPORTS]->(x) }
    SET x.status = CASE WHEN EXISTS { ()-[r:REPORTS]->(x) WHERE coalesce(r.status, 'held') = 'held' } THEN 'held' ELSE 'planned' END
  }
  CALL (x) {
    WITH x WHERE NOT EXISTS { ()-[:MENTIONS|REPORTS]->(x) }
    // Its name keys go too when no other node carries them.
    WITH x, [(k)-[:KEY_OF|FAMILY_KEY_OF]->(x) | k] AS keys
    // @include fragments/drop-tallies m=x
    DETACH DELETE x
    WITH keys
    UNWIND keys AS k
    WITH DISTINCT k
    WHERE NOT EXISTS { (k)-->() }
    DELETE k
  }
}
RETURN renamed
