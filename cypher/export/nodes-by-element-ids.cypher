// The nodes of a neighbourhood export, by element id.
// $ids: element ids
UNWIND $ids AS eid
MATCH (n) WHERE elementId(n) = eid
RETURN [l IN labels(n) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0] AS label,
  properties(n) AS props
