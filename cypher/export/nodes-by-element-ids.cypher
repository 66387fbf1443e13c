// The nodes of a neighbourhood export, by element id.
// $ids: element ids
UNWIND $ids AS eid
MATCH (n) WHERE elementId(n) = eid
// @include fragments/export-node-row n=n
