// Each organization's parent (PART_OF) and direct departments, for the organization loaders.
// $ids: organization ids
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN id,
  COLLECT { MATCH (o)-[:PART_OF]->(x:Organization) RETURN x.id ORDER BY x.id LIMIT 1 }[0] AS parentId,
  COLLECT {
    MATCH (x:Organization)-[:PART_OF]->(o)
    RETURN
      // @include fragments/organization-map o=x
    ORDER BY x.name, x.id
  } AS departments
