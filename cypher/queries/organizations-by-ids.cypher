// Organizations by id, for the organization loader.
// $ids: organization ids
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN
  // @include fragments/organization-map o=o
  AS organization
