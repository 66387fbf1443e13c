// Sets the names, keys and titles an edited article's removal changed (see remove-article and identity/after-edit.ts),
// and adds and drops the name key edges to match; a key node left without edges goes.
// $batch.rows: [{label, id, props, addKeys, dropKeys, addFamilyKeys, dropFamilyKeys}], label one of Person,
// Organization, Place, Topic, Meeting
UNWIND $batch.rows AS row
CALL (row) {
  MATCH (x:Person {id: row.id}) USING INDEX SEEK x:Person(id) WHERE row.label = 'Person' RETURN x
  UNION
  MATCH (x:Organization {id: row.id}) USING INDEX SEEK x:Organization(id) WHERE row.label = 'Organization' RETURN x
  UNION
  MATCH (x:Place {id: row.id}) USING INDEX SEEK x:Place(id) WHERE row.label = 'Place' RETURN x
  UNION
  MATCH (x:Topic {id: row.id}) USING INDEX SEEK x:Topic(id) WHERE row.label = 'Topic' RETURN x
  UNION
  MATCH (x:Meeting {id: row.id}) USING INDEX SEEK x:Meeting(id) WHERE row.label = 'Meeting' RETURN x
}
SET x += row.props
WITH x, row
CALL (x, row) {
  UNWIND row.dropKeys AS key
  MATCH (k:NameKey {key: key}) USING INDEX SEEK k:NameKey(key)
  MATCH (k)-[e:KEY_OF]->(x)
  DELETE e
  WITH k WHERE NOT EXISTS { (k)-->() }
  DELETE k
}
CALL (x, row) {
  UNWIND row.dropFamilyKeys AS key
  MATCH (k:NameKey {key: key}) USING INDEX SEEK k:NameKey(key)
  MATCH (k)-[e:FAMILY_KEY_OF]->(x)
  DELETE e
  WITH k WHERE NOT EXISTS { (k)-->() }
  DELETE k
}
CALL (x, row) {
  UNWIND row.addKeys AS key
  MERGE (k:NameKey {key: key})
  MERGE (k)-[:KEY_OF]->(x)
}
CALL (x, row) {
  UNWIND row.addFamilyKeys AS key
  MERGE (k:NameKey {key: key})
  MERGE (k)-[:FAMILY_KEY_OF]->(x)
}
RETURN count(*) AS renamed
