// The person a typed name means: by id, person key or any folded alias key; the most recently seen wins a tie.
// $name: the name as typed (ids match it), $key: foldName(name), $pkey: personKey(name)
CALL () {
  CALL () {
    MATCH (p:Person {id: $name}) RETURN p
    UNION
    MATCH (p:Person {personKey: $pkey}) RETURN p
    UNION
    CALL db.index.fulltext.queryNodes('identity_name_keys', '"' + $key + '" OR "' + $pkey + '"') YIELD node
    WITH node AS p WHERE p:Person
    RETURN p
  }
  RETURN p ORDER BY CASE WHEN p.id = $name THEN 0 ELSE 1 END, p.lastSeen DESC, p.id
  LIMIT 1
}
OPTIONAL MATCH (c:Country {id: p.country})
RETURN p {
  .id, label: 'Person', .name, aliases: coalesce(p.aliases, []), .title, countryCode: p.country, .firstSeen, .lastSeen,
  country: c { .id, label: 'Country', .name }
} AS person
