// Nodes within {{hops}} hops of the node a typed name means, over the allowed relationship types (breadth-first: each
// with its shortest distance), nearest first and at most $limit + 1 of them, then every allowed relationship among the
// nodes kept. Meetings outside the optional window are not entered. A hub, a node with more than $limit relationships
// of those types (a country, a busy topic), is shown but not passed through: its neighbours alone would overfill the
// answer; the center is always expanded. `truncated` says when the limit cut the answer or a hub was left unexpanded.
// Level by level, and a level is searched only while the nearer ones leave room: nearer nodes fill the answer first, so
// a center with more neighbours than $limit (a country on a big graph) costs a read of its neighbours and no more. One
// search to every depth at once walked the whole next level before sorting (China at depth 2 on a 100,000-article
// graph: 280 ms; the United States over every type: 6 s). Each level keeps the $limit + 1 nodes seen last (`lastSeen`,
// the newest article naming them; then by id, both descending): a hub's most recent company, not an arbitrary slice.
// The articles naming the center come newest first from the (node, date) index, so a hub named by 70,000 articles
// costs $limit + 1 of them ({{near}}: {{types}} without MENTIONS; {{mentions}}: whether {{types}} holds it).
// An article at the center starts from what it names and the meetings it reports, then follows the types.
// The name is resolved in the same statement (one round trip); no row when it means nothing. Each depth has its own
// statement ({{hops}} is literal, so the planner drops the levels beyond it); the types are in the pattern (a
// whitelisted alternation) so that only those relationships are read (a person's many MENTIONS are not), and $types
// narrows them at run time. {{every}}: true when the request follows every type of {{types}}: the planner folds
// `true OR …` away and no relationship's type is tested (a hub's neighbourhood 12-15% cheaper). `centerLinks`: the
// center's relationships of each followed type, from the degree store (how much a cut answer leaves out).
// $center: {name, key, pkey, code} as fragments/entity-by-name takes; $types: whitelisted relationship type names;
// $from, $to: 'YYYY-MM-DD' or null; $limit: max nodes
WITH $center AS q
// @include fragments/entity-by-name n=a q=q
WITH a WHERE a IS NOT NULL
CALL (a) {
  CALL (a) {
    MATCH (a)-[r:{{near}}]-(x)
    WHERE ({{every}} OR type(r) IN $types) AND x <> a
      // @include fragments/meeting-in-window x=x
    WITH DISTINCT x ORDER BY x.lastSeen IS NULL, x.lastSeen DESC, x.id DESC LIMIT toInteger($limit) + 1
    RETURN x
    UNION
    WITH a WHERE {{mentions}} AND ({{every}} OR 'MENTIONS' IN $types)
    MATCH (a)-[:MENTIONS]->(x)
    RETURN x
    UNION
    // the articles that name the center, newest first from the (node, date) index: a hub's cost what $limit allows
    WITH a, a.id AS aid WHERE {{mentions}} AND ({{every}} OR 'MENTIONS' IN $types)
    // @include fragments/newest-mentions a=x x=a xid=aid from=null to=null limit=$limit+1
    RETURN x
    UNION
    // an article at the center: what it names and the meetings it reports, its only relationships, whatever is followed
    WITH a WHERE a:Article
    MATCH (a)-[:MENTIONS|REPORTS]->(x)
    WHERE x <> a
      // @include fragments/meeting-in-window x=x
    RETURN x
  }
  WITH x ORDER BY x.lastSeen IS NULL, x.lastSeen DESC, x.id DESC LIMIT toInteger($limit) + 1
  RETURN collect(x) AS level1
}
// @include fragments/neighborhood-level a=a imports=level1 frontier=level1 seen=level1 level=level2 depth=2 hops={{hops}} types={{types}} every={{every}}
// @include fragments/neighborhood-level a=a imports=level1,level2 frontier=level2 seen=level1+level2 level=level3 depth=3 hops={{hops}} types={{types}} every={{every}}
WITH a, [x IN level1 | { n: x, depth: 1 }] + [x IN level2 | { n: x, depth: 2 }] + [x IN level3 | { n: x, depth: 3 }]
  AS found
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
WITH a, truncated, hits, [h IN hits | h.n] AS ns
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r:{{types}}]->(y)
  WHERE ({{every}} OR type(r) IN $types) AND y IN ns
  RETURN collect(DISTINCT [
    // @include fragments/graph-edge-fields r=r from=x to=y
  ]) AS edges
}
// an article at the center: its own edges to the nodes kept (those the followed types did not already give)
CALL (a, ns) {
  WITH a, ns WHERE a:Article
  MATCH (a)-[r:MENTIONS|REPORTS]->(y)
  WHERE y IN ns
  RETURN collect(DISTINCT [
    // @include fragments/graph-edge-fields r=r from=a to=y
  ]) AS own
}
WITH a, truncated, hits, edges + [e IN own WHERE NOT e IN edges] AS edges
RETURN truncated, edges,
  // @include fragments/typed-degrees n=a
  AS centerLinks,
  [h IN hits | [
    // @include fragments/graph-node-fields n=h.n
    , h.depth
  ]] AS nodes
