// The sources of facts many articles repeat (HOLDS_POSITION, REPRESENTS, PART_OF, OF_COUNTRY, IN_COUNTRY), newest
// first, one keyset page per fact (fragments/mention-page).
// $facts: [{id, from, label, key}] (id: the caller's name for the fact; label: Person, Organization or Place)
// $limit: page size + 1; $afterSort: the last row's date ('YYYY-MM-DD', '' when undated) or null; $afterId: its article id or null
UNWIND $facts AS f
CALL (f) {
  MATCH (x:Person {id: f.from}) WHERE f.label = 'Person' RETURN x
  UNION
  MATCH (x:Organization {id: f.from}) WHERE f.label = 'Organization' RETURN x
  UNION
  MATCH (x:Place {id: f.from}) WHERE f.label = 'Place' RETURN x
}
WITH f, x, f.key AS factKey
// @include fragments/mention-page x=x key=factKey from=null to=null rows=rows limit=$limit afterSort=$afterSort afterId=$afterId
RETURN f.id AS id, rows
