// Nodes of any public label by id (the `entity(id)` field), each mapped as its GraphQL type.
// $ids: node ids
UNWIND $ids AS id
// @include fragments/entity-by-id n=n id=id
RETURN
  // @include fragments/entity-map n=n
  AS entity
