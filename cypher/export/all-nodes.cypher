// Every node of the public labels (meetings only within the optional window), streamed by the export.
// $from, $to: 'YYYY-MM-DD' or null
MATCH (n)
WHERE (n:Person OR n:Organization OR n:Country OR n:Place OR n:Meeting OR n:Topic OR n:Article)
  AND (NOT n:Meeting OR (($from IS NULL OR n.dateEnd >= date($from)) AND ($to IS NULL OR n.dateStart <= date($to))))
RETURN [l IN labels(n) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0] AS label,
  properties(n) AS props
