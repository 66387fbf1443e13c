// Counterparts of the person a typed name means, in one statement (the Counterparts operation).
// $person: {name, key, pkey} as person-by-name takes; $page: {limit, afterSort, afterId} (afterSort: [shared, name] or null)
// @include fragments/person-by-name p=p q=$person
// @include fragments/counterpart-page p=p page=$page
RETURN
  // @include fragments/person-map p=p
  AS person, total, nodes
