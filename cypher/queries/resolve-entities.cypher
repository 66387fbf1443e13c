// The node each typed name (or id) means, of any public label (see fragments/entity-by-name).
// $names: [{name, key, pkey, code}] (name as typed, foldName, personKey, ISO code it may name or null)
UNWIND range(0, size($names) - 1) AS i
WITH i, $names[i] AS q
// @include fragments/entity-by-name n=n q=q
RETURN i, CASE WHEN n IS NULL THEN null ELSE [
  // @include fragments/graph-node-fields n=n
  , elementId(n)
] END AS node
ORDER BY i
