// One level of a neighbourhood (fragments/neighborhood) beyond the center's: the nodes one allowed relationship from
// {{frontier}}'s nodes that are not hubs, not the center {{a}} and not in {{seen}}, the $limit + 1 seen last, as
// {{level}}; searched only when the request reaches depth {{depth}} ({{hops}} is literal, so the planner drops the
// level beyond it) and the nearer levels, {{seen}}, leave room.
// {{imports}}: the levels the subquery reads, comma-separated; {{types}}: the whitelisted alternation; {{every}}: as
// fragments/neighborhood
CALL ({{a}}, {{imports}}) {
  WITH {{a}}, {{frontier}} AS frontier, {{seen}} AS seen WHERE {{depth}} <= {{hops}} AND size(seen) <= $limit
  UNWIND frontier AS s
  WITH {{a}}, seen, s WHERE
    // @include fragments/typed-degree n=s
    <= $limit
  MATCH (s)-[r:{{types}}]-(x)
  WHERE ({{every}} OR type(r) IN $types) AND x <> {{a}} AND NOT x IN seen
    // @include fragments/meeting-in-window x=x
  WITH DISTINCT x ORDER BY x.lastSeen IS NULL, x.lastSeen DESC, x.id DESC LIMIT toInteger($limit) + 1
  RETURN collect(x) AS {{level}}
}
