// The shortest chain between the nodes two typed names mean, at most {{hops}} relationships of the types in $types,
// names resolved in the same statement (one round trip). Classic shortestPath: Neo4j plans it as its bidirectional
// breadth-first ShortestPath operator, with the relationship types in the pattern ({{types}}, a whitelisted
// alternation) so it follows only those relationship chains, and the $types check inlined into the search (a predicate
// on every relationship, so no exhaustive fallback). The hop bound cannot be a parameter, hence one statement per
// bound. ANY SHORTEST over a quantified pattern with the type test at run time cost 50-100×.
// {{every}}: true when the request follows every type of {{types}}: the planner folds `true OR …` away, and the search
// then tests no relationship (0.1-0.2 ms less Neo4j CPU per request on the 5k graph); false keeps $types' test.
// $from, $to: {name, key, pkey, code} as fragments/entity-by-name takes; $types: the whitelisted relationship type names
// Yields `path`: null when a name means nothing or no chain is short enough; the one node when both mean the same.
WITH $from AS qa, $to AS qb
// @include fragments/entity-by-name n=a q=qa
// @include fragments/entity-by-name n=b q=qb
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a <> b
  MATCH p = shortestPath((a)-[:{{types}}*..{{hops}}]-(b))
  WHERE {{every}} OR all(x IN relationships(p) WHERE type(x) IN $types)
  RETURN p
}
RETURN CASE
  WHEN a IS NULL OR b IS NULL THEN null
  WHEN a = b THEN { nodes: [[
    // @include fragments/graph-node-fields n=a
  ]], edges: [] }
  WHEN p IS NULL THEN null
  ELSE {
    nodes: [n IN nodes(p) | [
      // @include fragments/graph-node-fields n=n
    ]],
    edges: [x IN relationships(p) | [
      // @include fragments/graph-edge-fields r=x from=startNode(x) to=endNode(x)
    ]]
  } END AS path
