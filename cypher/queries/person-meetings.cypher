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
  // @include fragments/meeting-page page=page
  RETURN total, nodes
}
RETURN id, total, nodes
