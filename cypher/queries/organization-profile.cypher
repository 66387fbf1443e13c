// One organization by typed name with what the request selects below it (parent, departments, people), in one statement.
// $name, $key: as organization-by-name; $include: {relatives, people} booleans: which parts to fetch
// $people: {limit, afterSort, afterId, sources} as organization-people takes
CALL () {
  CALL () {
    MATCH (o:Organization {id: $name}) RETURN o
    UNION
    CALL db.index.fulltext.queryNodes('identity_name_keys', '"' + $key + '"') YIELD node
    WITH node AS o WHERE o:Organization
    RETURN o
  }
  WITH o, COUNT { (:Person)-[:HOLDS_POSITION]->(o) } AS holders
  RETURN o ORDER BY CASE WHEN o.id = $name THEN 0 ELSE 1 END, holders DESC, o.lastSeen DESC, o.id
  LIMIT 1
}
OPTIONAL MATCH (c:Country {id: o.country})
// OPTIONAL: when not asked for, parent and departments are null rather than dropping the row.
OPTIONAL CALL (o) {
  WITH o WHERE $include.relatives
  OPTIONAL CALL (o) { MATCH (o)-[:PART_OF]->(x:Organization) RETURN x ORDER BY x.id LIMIT 1 }
  OPTIONAL MATCH (xc:Country {id: x.country})
  RETURN x { .id, label: 'Organization', .name, .kind, aliases: coalesce(x.aliases, []), countryCode: x.country,
      country: xc { .id, label: 'Country', .name } } AS parent,
    COLLECT {
      MATCH (d:Organization)-[:PART_OF]->(o)
      RETURN d { .id, label: 'Organization', .name, .kind, aliases: coalesce(d.aliases, []), countryCode: d.country }
      ORDER BY d.name, d.id
    } AS departments
}
CALL (o) {
  WITH o WHERE $include.people
  OPTIONAL MATCH (d:Organization)-[:PART_OF*0..6]->(o)
  WITH DISTINCT d
  OPTIONAL MATCH (p:Person)-[h:HOLDS_POSITION]->(d)
  WITH p, h, d, coalesce(h.since, date('9999-12-31')) AS k, p.id + '|' + d.id + '|' + h.title AS key
  WHERE h IS NOT NULL
  ORDER BY k, key
  WITH collect({ p: p, h: h, d: d, k: k, key: key }) AS ranked
  WITH size(ranked) AS total, [x IN ranked WHERE $people.afterId IS NULL
      OR x.k > date($people.afterSort) OR (x.k = date($people.afterSort) AND x.key > $people.afterId)][0..$people.limit] AS page
  CALL (page) {
    UNWIND page AS x
    WITH x, x.p AS p, x.h AS h, x.d AS d
    RETURN collect({ sort: toString(x.k), key: x.key, node: {
      title: h.title, since: h.since, until: h.until,
      person: p { .id, label: 'Person', .name, aliases: coalesce(p.aliases, []), .title, countryCode: p.country, .firstSeen, .lastSeen },
      organization: d { .id, label: 'Organization', .name, .kind, aliases: coalesce(d.aliases, []), countryCode: d.country },
      sources: CASE WHEN $people.sources THEN COLLECT {
        MATCH (a:Article) WHERE a.id IN coalesce(h.articles, [])
        OPTIONAL MATCH (a)-[r:MENTIONS]->(p)
        RETURN { articleId: a.id, title: a.title, date: a.date, source: a.source, url: a.url, sentence: r.sentence, start: r.start, end: r.end }
        ORDER BY a.date, a.id
      } ELSE [] END
    } }) AS nodes
  }
  RETURN { total: total, nodes: nodes } AS people
}
RETURN o {
  .id, label: 'Organization', .name, .kind, aliases: coalesce(o.aliases, []), countryCode: o.country,
  country: c { .id, label: 'Country', .name }
} AS organization, parent, departments, people
