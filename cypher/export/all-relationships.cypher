// Every relationship of the given types between public nodes (none to a meeting outside the optional window).
// $types: whitelisted relationship type names; $from, $to: 'YYYY-MM-DD' or null
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND (NOT a:Meeting OR (($from IS NULL OR a.dateEnd >= date($from)) AND ($to IS NULL OR a.dateStart <= date($to))))
  AND (NOT b:Meeting OR (($from IS NULL OR b.dateEnd >= date($from)) AND ($to IS NULL OR b.dateStart <= date($to))))
RETURN a.id AS source, [l IN labels(a) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0] AS sourceLabel,
  type(r) AS type, b.id AS target,
  [l IN labels(b) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0] AS targetLabel,
  properties(r) AS props
