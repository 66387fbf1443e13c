// The sources of facts many articles repeat (HOLDS_POSITION, REPRESENTS, PART_OF, OF_COUNTRY, IN_COUNTRY), newest
// first, one keyset page per fact: the articles whose MENTIONS edge to the fact's start node lists the fact's key
// (src/domain/fact-key.ts) in `facts`, with that edge's sentence. Undated articles come last. The cost follows the
// start node's mentions, not the graph.
// $facts: [{id, from, label, key}] (id: the caller's name for the fact; label: Person, Organization or Place)
// $limit: page size + 1; $afterSort: the last row's date ('YYYY-MM-DD', '' when undated) or null; $afterId: its article id or null
UNWIND $facts AS f
CALL (f) {
  MATCH (x:Person {id: f.from}) WHERE f.label = 'Person' RETURN x
  UNION
  MATCH (x:Organization {id: f.from}) WHERE f.label = 'Organization' RETURN x
  UNION
  MATCH (x:Place {id: f.from}) WHERE f.label = 'Place' RETURN x
}
CALL (x, f) {
  MATCH (a)-[r:MENTIONS]->(x)
  WHERE f.key IN r.facts
  WITH a, r, coalesce(toString(a.date), '') AS sort
  WHERE $afterId IS NULL OR sort < $afterSort OR (sort = $afterSort AND a.id < $afterId)
  RETURN a, r, sort
  ORDER BY sort DESC, a.id DESC
  LIMIT toInteger($limit)
}
RETURN f.id AS id, collect({ sort: sort, id: a.id, node:
  // @include fragments/source-map a=a r=r
}) AS rows
