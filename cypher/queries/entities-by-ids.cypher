// Nodes of any public label by id (the `entity(id)` field), each mapped as its GraphQL type.
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
RETURN
  // @include fragments/entity-map n=n
  AS entity
