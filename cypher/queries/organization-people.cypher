// Titles held in each organization or its departments (PART_OF, any depth), oldest first (keyset page).
// $ids: organization ids; $limit: page size + 1, $afterSort: 'YYYY-MM-DD' of the last row seen or null, $afterId: its key or null
// $detail: whether the request selects more of the person and organization than id, label, name (fragments/position-map)
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  // @include fragments/position-page o=o limit=$limit afterSort=$afterSort afterId=$afterId detail=$detail
  RETURN total, nodes
}
RETURN id, total, nodes
