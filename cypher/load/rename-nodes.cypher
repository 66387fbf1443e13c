// Renames nodes whose id identity resolution lowered (the smallest id proposed by any source wins, so load order does not matter).
// $batch.rows (inside one map, so the plan cache key ignores the list size): [{label, from, to}] with label one of Person, Organization, Place, Topic, Meeting
UNWIND $batch.rows AS row
CALL (row) {
  WITH row WHERE row.label = 'Person'
  MATCH (n:Person {id: row.from}) USING INDEX SEEK n:Person(id) SET n.id = row.to
  WITH n
  // @include fragments/mentions-follow-rename n=n
  RETURN count(n) AS renamed
  UNION ALL
  WITH row WHERE row.label = 'Organization'
  MATCH (n:Organization {id: row.from}) USING INDEX SEEK n:Organization(id) SET n.id = row.to
  // its positions carry its id for the (org, since) index
  WITH n, row
  CALL (n, row) { MATCH ()-[h:HOLDS_POSITION]->(n) SET h.org = row.to }
  // @include fragments/mentions-follow-rename n=n
  RETURN count(n) AS renamed
  UNION ALL
  WITH row WHERE row.label = 'Place'
  MATCH (n:Place {id: row.from}) USING INDEX SEEK n:Place(id) SET n.id = row.to
  WITH n
  // @include fragments/mentions-follow-rename n=n
  RETURN count(n) AS renamed
  UNION ALL
  WITH row WHERE row.label = 'Topic'
  MATCH (n:Topic {id: row.from}) USING INDEX SEEK n:Topic(id) SET n.id = row.to
  WITH n
  // @include fragments/mentions-follow-rename n=n
  RETURN count(n) AS renamed
  UNION ALL
  WITH row WHERE row.label = 'Meeting'
  MATCH (n:Meeting {id: row.from}) USING INDEX SEEK n:Meeting(id) SET n.id = row.to
  RETURN count(n) AS renamed
}
RETURN sum(renamed) AS renamed
