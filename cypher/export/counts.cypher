// How many nodes and relationships a whole-graph export writes (for its progress bar), from the count store.
// $types: whitelisted relationship type names
CALL () {
  UNWIND ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article'] AS label
  CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS c }
  RETURN sum(c) AS nodes
}
CALL () {
  UNWIND $types AS type
  CALL (type) { MATCH ()-[r]->() WHERE type(r) = type RETURN count(r) AS c }
  RETURN sum(c) AS relationships
}
RETURN nodes, relationships
