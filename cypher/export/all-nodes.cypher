// Every node of the public labels (meetings only within the optional window), streamed by the export.
// $from, $to: 'YYYY-MM-DD' or null
MATCH (n)
WHERE (n:Person OR n:Organization OR n:Country OR n:Place OR n:Meeting OR n:Topic OR n:Article)
  // @include fragments/meeting-in-window x=n
// @include fragments/export-node-row n=n
