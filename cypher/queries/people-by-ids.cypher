// People by id, for the person loader (one statement per request level).
// $ids: person ids
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN
  // @include fragments/person-map p=p
  AS person
