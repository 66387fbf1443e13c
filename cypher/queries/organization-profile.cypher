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
// OPTIONAL: when people are not asked for, the page is empty rather than dropping the row.
OPTIONAL CALL (o) {
  WITH o WHERE $include.people
  // @include fragments/position-page o=o limit=$people.limit afterSort=$people.afterSort afterId=$people.afterId detail=$people.detail
  RETURN { total: total, nodes: nodes } AS people
}
RETURN
  // @include fragments/organization-map o=o
  AS organization, parent, departments, coalesce(people, { total: 0, nodes: [] }) AS people
