// Titles each person held (HOLDS_POSITION), oldest first, with the organization, its country and the supporting articles.
// $ids: person ids
UNWIND $ids AS id
MATCH (p:Person {id: id})-[h:HOLDS_POSITION]->(o:Organization)
WITH id, p, h, o ORDER BY h.since, h.until, h.title
RETURN id, collect(
  // @include fragments/position-map h=h p=p o=o detail=true
) AS positions
