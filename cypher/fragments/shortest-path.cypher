// The shortest chain between two nodes, at most {{hops}} relationships of the types in $types. Classic shortestPath:
// Neo4j plans it as its bidirectional breadth-first ShortestPath operator, with the relationship types in the pattern
// ({{types}}, a whitelisted alternation) so it follows only those relationship chains, and the $types check inlined
// into the search (a predicate on every relationship, so no exhaustive fallback). The hop bound cannot be a parameter,
// hence one statement per bound. ANY SHORTEST over a quantified pattern with the type test at run time cost 50-100×.
// $fromId, $toId: element ids from resolve-entities; $types: the whitelisted relationship type names to follow
MATCH (a) WHERE elementId(a) = $fromId
MATCH (b) WHERE elementId(b) = $toId
MATCH p = shortestPath((a)-[:{{types}}*..{{hops}}]-(b))
WHERE all(x IN relationships(p) WHERE type(x) IN $types)
RETURN
  [n IN nodes(p) | {
    // @include fragments/graph-node-fields n=n
  }] AS nodes,
  [x IN relationships(p) | {
    // @include fragments/graph-edge-fields r=x from=startNode(x) to=endNode(x)
  }] AS edges
