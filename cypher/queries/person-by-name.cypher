// The person a typed name means: by id, person key or any folded alias key; the most recently seen wins a tie.
// $name: the name as typed (ids match it), $key: foldName(name), $pkey: personKey(name)
// @include fragments/person-by-name p=p q=$person
RETURN
  // @include fragments/person-map p=p
  AS person
