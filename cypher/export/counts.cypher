// How many nodes and relationships a whole-graph export writes (for its progress bar): literal labels and types,
// so that every count comes from Neo4j's count store instead of a scan.
CALL () {
  CALL () {
    MATCH (n:Person) RETURN count(n) AS c
    UNION ALL MATCH (n:Organization) RETURN count(n) AS c
    UNION ALL MATCH (n:Country) RETURN count(n) AS c
    UNION ALL MATCH (n:Place) RETURN count(n) AS c
    UNION ALL MATCH (n:Meeting) RETURN count(n) AS c
    UNION ALL MATCH (n:Topic) RETURN count(n) AS c
    UNION ALL MATCH (n:Article) RETURN count(n) AS c
  }
  RETURN sum(c) AS nodes
}
CALL () {
  CALL () {
    MATCH ()-[r:ATTENDED]->() RETURN count(r) AS c
    UNION ALL MATCH ()-[r:DISCUSSED]->() RETURN count(r) AS c
    UNION ALL MATCH ()-[r:HELD_IN]->() RETURN count(r) AS c
    UNION ALL MATCH ()-[r:IN_COUNTRY]->() RETURN count(r) AS c
    UNION ALL MATCH ()-[r:HOLDS_POSITION]->() RETURN count(r) AS c
    UNION ALL MATCH ()-[r:REPRESENTS]->() RETURN count(r) AS c
    UNION ALL MATCH ()-[r:PART_OF]->() RETURN count(r) AS c
    UNION ALL MATCH ()-[r:OF_COUNTRY]->() RETURN count(r) AS c
    UNION ALL MATCH ()-[r:REPORTS]->() RETURN count(r) AS c
    UNION ALL MATCH ()-[r:MENTIONS]->() RETURN count(r) AS c
  }
  RETURN sum(c) AS relationships
}
RETURN nodes, relationships
