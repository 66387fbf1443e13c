// One breadth-first step of a neighbourhood export: the public nodes one relationship away from the frontier,
// not entering meetings outside the optional window.
// $ids: element ids of the frontier; $types: whitelisted relationship type names; $from, $to: 'YYYY-MM-DD' or null
UNWIND $ids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]-(x)
WHERE type(r) IN $types
  AND (x:Person OR x:Organization OR x:Country OR x:Place OR x:Meeting OR x:Topic OR x:Article)
  // @include fragments/meeting-in-window x=x
RETURN DISTINCT elementId(x) AS id
