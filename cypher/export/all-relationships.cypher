// Every relationship of the given types between public nodes (none to a meeting outside the optional window).
// $types: whitelisted relationship type names; $from, $to: 'YYYY-MM-DD' or null
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  // @include fragments/meeting-in-window x=a
  // @include fragments/meeting-in-window x=b
// @include fragments/export-relationship-row a=a r=r b=b
