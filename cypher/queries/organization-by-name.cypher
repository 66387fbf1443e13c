// The organization a typed name means (id or folded name/alias key); the one with most position holders wins a tie.
// $name: the name as typed (ids match it), $key: foldName(name)
// @include fragments/organization-by-name
RETURN
  // @include fragments/organization-map o=o
  AS organization
