// The person a typed name means: by id, person key or any folded alias key; the most recently seen wins a tie.
// $name: the name as typed (ids match it), $key: foldName(name), $pkey: personKey(name)
MATCH (p:Person)
WHERE p.id = $name OR p.personKey = $pkey OR $key IN p.nameKeys OR $pkey IN p.nameKeys
WITH p ORDER BY CASE WHEN p.id = $name THEN 0 ELSE 1 END, p.lastSeen DESC, p.id
LIMIT 1
RETURN p {
  .id, label: 'Person', .name, aliases: coalesce(p.aliases, []), .title, countryCode: p.country, .firstSeen, .lastSeen,
  country: COLLECT { MATCH (c:Country {id: p.country}) RETURN c { .id, label: 'Country', .name } }[0]
} AS person
