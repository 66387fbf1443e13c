// Nodes of any public label by id (the `entity(id)` field and graph views), as plain maps with their label.
// $ids: node ids
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Person {id: id}) RETURN n
  UNION MATCH (n:Organization {id: id}) RETURN n
  UNION MATCH (n:Country {id: id}) RETURN n
  UNION MATCH (n:Place {id: id}) RETURN n
  UNION MATCH (n:Meeting {id: id}) RETURN n
  UNION MATCH (n:Topic {id: id}) RETURN n
  UNION MATCH (n:Article {id: id}) RETURN n
}
RETURN n { .*, label: [l IN labels(n) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0],
  nameKeys: null, aliasText: null } AS entity
