// Nodes within 1 hop of a node over the allowed relationship types (breadth-first: each with its shortest distance),
// nearest first and at most $limit + 1 of them, then every allowed relationship among the nodes kept.
// Meetings outside the optional window are not entered. One file per depth: Cypher takes no parameter for path lengths.
// $id: element id from resolve-entities; $types: whitelisted relationship type names; $from, $to: 'YYYY-MM-DD' or null; $limit: max nodes
MATCH (a) WHERE elementId(a) = $id
OPTIONAL CALL (a) {
  MATCH p = ANY SHORTEST (a) (()-[r]-(x) WHERE type(r) IN $types
    AND (NOT x:Meeting OR (($from IS NULL OR x.dateEnd >= date($from)) AND ($to IS NULL OR x.dateStart <= date($to))))){1,1} (n)
  WHERE n <> a
  RETURN n, length(p) AS depth
  ORDER BY depth, n.id
  LIMIT toInteger($limit) + 1
}
WITH a, collect(CASE WHEN n IS NULL THEN null ELSE { n: n, depth: depth } END) AS found
WITH a, found[0..$limit] AS kept, size(found) > $limit AS truncated
WITH a, truncated, [{ n: a, depth: 0 }] + kept AS hits
WITH truncated, hits, [h IN hits | h.n] AS ns
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r]->(y)
  WHERE type(r) IN $types AND y IN ns
  RETURN collect(DISTINCT {
    // @include fragments/graph-edge-fields r=r from=x to=y
  }) AS edges
}
RETURN truncated, edges, [h IN hits | {
    // @include fragments/graph-node-fields n=h.n
    , depth: h.depth
  }] AS nodes
