// One organization by typed name with what the request selects below it (parent, departments, people), in one statement.
// $name, $key: as organization-by-name; $include: {relatives, people} booleans: which parts to fetch
// $people: {limit, afterSort, afterId, detail} as organization-people takes
// @include fragments/organization-by-name
// OPTIONAL: when not asked for, parent and departments are null rather than dropping the row.
OPTIONAL CALL (o) {
  WITH o WHERE $include.relatives
  OPTIONAL CALL (o) { MATCH (o)-[:PART_OF]->(x:Organization) RETURN x ORDER BY x.id LIMIT 1 }
  RETURN
    // @include fragments/organization-map o=x
    AS parent,
    COLLECT {
      MATCH (d:Organization)-[:PART_OF]->(o)
      RETURN
        // @include fragments/organization-map o=d
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
    RETURN collect({ sort: toString(x.k), key: x.key, node:
      // @include fragments/position-map h=h p=p o=d detail=$people.detail
    }) AS nodes
  }
  RETURN { total: total, nodes: nodes } AS people
}
RETURN
  // @include fragments/organization-map o=o
  AS organization, parent, departments, people
