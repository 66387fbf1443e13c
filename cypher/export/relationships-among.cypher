// The relationships of the given types that start at one of $ids and end at one of $all (a neighbourhood export).
// $ids: element ids of this batch of start nodes; $all: element ids of every node exported; $types: relationship type names
UNWIND $ids AS eid
MATCH (a)-[r]->(b) WHERE elementId(a) = eid AND type(r) IN $types AND elementId(b) IN $all
// @include fragments/export-relationship-row a=a r=r b=b
