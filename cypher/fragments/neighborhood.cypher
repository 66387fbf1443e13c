// Nodes within {{hops}} hops of the node a typed name means, over the allowed relationship types (breadth-first: each
// with its shortest distance), nearest first and at most $limit + 1 of them, then every allowed relationship among the
// nodes kept. Meetings outside the optional window are not entered. A hub, a node with more than $limit relationships
// of those types (a country, a busy topic), is shown but not passed through: its neighbours alone would overfill the
// answer, and walking them made the cost grow with the hub (16,553 nodes reached around one person on a 100,000-article
// graph); the center is always expanded. `truncated` says when the limit cut the answer or a hub was left unexpanded.
// The name is resolved in the same statement (one round trip); no row when it means nothing. Cypher takes no parameter
// for path lengths, hence one statement per depth; the types are in the pattern (a whitelisted alternation)
// so that only those relationships are read (a person's many MENTIONS are not), and $types narrows them at run time.
// $center: {name, key, pkey, code} as fragments/entity-by-name takes; $types: whitelisted relationship type names;
// $from, $to: 'YYYY-MM-DD' or null; $limit: max nodes
WITH $center AS q
// @include fragments/entity-by-name n=a q=q
WITH a WHERE a IS NOT NULL
OPTIONAL CALL (a) {
  MATCH p = ANY SHORTEST (a) ((s)-[r:{{types}}]-(x) WHERE type(r) IN $types
    // without a window, no node's label is read for it
    AND (($from IS NULL AND $to IS NULL) OR NOT x:Meeting
      OR (($from IS NULL OR x.dateEnd >= date($from)) AND ($to IS NULL OR x.dateStart <= date($to))))
    AND (s = a OR
      // @include fragments/typed-degree n=s
      <= $limit)){1,{{hops}}} (n)
  WHERE n <> a
  RETURN n, length(p) AS depth
  ORDER BY depth, n.id
  LIMIT toInteger($limit) + 1
}
WITH a, collect(CASE WHEN n IS NULL THEN null ELSE { n: n, depth: depth } END) AS found
WITH a, found[0..$limit] AS kept, size(found) > $limit AS overfull
CALL (kept) {
  UNWIND kept AS h
  WITH h.n AS m WHERE h.depth < {{hops}}
  WITH m WHERE
    // @include fragments/typed-degree n=m
    > $limit
  RETURN count(m) > 0 AS hubs
}
WITH a, kept, overfull OR hubs AS truncated
WITH a, truncated, [{ n: a, depth: 0 }] + kept AS hits
WITH truncated, hits, [h IN hits | h.n] AS ns
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r:{{types}}]->(y)
  WHERE type(r) IN $types AND y IN ns
  RETURN collect(DISTINCT [
    // @include fragments/graph-edge-fields r=r from=x to=y
  ]) AS edges
}
RETURN truncated, edges, [h IN hits | [
    // @include fragments/graph-node-fields n=h.n
    , h.depth
  ]] AS nodes
