// The sources of facts about one event (ATTENDED, DISCUSSED, HELD_IN), newest first, one keyset page per fact: the
// articles in the fact's `articles`, with the sentence of their REPORTS edge to the meeting. Undated articles come last.
// $facts: [{id, from, to, type}] (id: the caller's name for the fact); paging as queries/fact-sources
// Each fact is found from its meeting, which has few relationships; from the person (or a topic, a city) the planner
// once read every meeting they attended: 24,054 for a busy person's 19 facts on the 100,000-article graph.
UNWIND $facts AS f
CALL (f) {
  MATCH (p:Person)-[r:ATTENDED]->(m:Meeting {id: f.to}) USING INDEX SEEK m:Meeting(id)
  WHERE f.type = 'ATTENDED' AND p.id = f.from
  RETURN r, m
  UNION
  MATCH (m:Meeting {id: f.from})-[r:DISCUSSED]->(t:Topic) USING INDEX SEEK m:Meeting(id)
  WHERE f.type = 'DISCUSSED' AND t.id = f.to
  RETURN r, m
  UNION
  MATCH (m:Meeting {id: f.from})-[r:HELD_IN]->(pl:Place) USING INDEX SEEK m:Meeting(id)
  WHERE f.type = 'HELD_IN' AND pl.id = f.to
  RETURN r, m
}
CALL (r, m) {
  UNWIND r.articles AS articleId
  MATCH (a:Article {id: articleId})
  OPTIONAL MATCH (a)-[s:REPORTS]->(m)
  WITH a, s, coalesce(toString(a.date), '') AS sort
  WHERE $afterId IS NULL OR sort < $afterSort OR (sort = $afterSort AND a.id < $afterId)
  RETURN a, s, sort
  ORDER BY sort DESC, a.id DESC
  LIMIT toInteger($limit)
}
RETURN f.id AS id, collect({ sort: sort, id: a.id, node:
  // @include fragments/source-map a=a r=s
}) AS rows
