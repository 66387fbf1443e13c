// The organization a typed name means (id or folded name/alias key); the one with most position holders wins a tie.
// $name: the name as typed (ids match it), $key: foldName(name)
MATCH (o:Organization)
WHERE o.id = $name OR $key IN o.nameKeys
WITH o, COUNT { (:Person)-[:HOLDS_POSITION]->(o) } AS holders
ORDER BY CASE WHEN o.id = $name THEN 0 ELSE 1 END, holders DESC, o.lastSeen DESC, o.id
LIMIT 1
RETURN o {
  .id, label: 'Organization', .name, .kind, aliases: coalesce(o.aliases, []), countryCode: o.country,
  country: COLLECT { MATCH (c:Country {id: o.country}) RETURN c { .id, label: 'Country', .name } }[0]
} AS organization
