// Before a meeting is deleted (an edit left it no report, or a merge absorbed it): its tally edges go, and the buckets
// it leaves empty (fragments/meeting-tallies), so a deletion leaves the tallies as a load without the meeting would.
// {{m}}: the node about to go (any label: only meetings have tally edges)
CALL ({{m}}) {
  MATCH ({{m}})<-[r:ON_DAY|IN_MONTH|IN_YEAR|UNDATED|COUNTS]-(b)
  DELETE r
  WITH DISTINCT b
  WHERE NOT EXISTS { (b)-[:ON_DAY|IN_MONTH|IN_YEAR|UNDATED|COUNTS]->() }
  DETACH DELETE b
}
