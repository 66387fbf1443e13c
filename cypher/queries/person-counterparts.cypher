// Counterparts of each person: everyone who attended a meeting with them, most shared meetings first (keyset page).
// $ids: person ids; $page: {limit, afterSort, afterId} (afterSort: [shared, name] of the last row seen or null)
UNWIND $ids AS id
MATCH (p:Person {id: id})
// @include fragments/counterpart-page p=p page=$page
RETURN p.id AS id, total, nodes
