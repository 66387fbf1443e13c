// The organization a typed name means (id or folded name/alias key); the one with most position holders wins a tie.
// $name: the name as typed (ids match it), $key: foldName(name)
CALL () {
  CALL () {
    MATCH (o:Organization {id: $name}) RETURN o
    UNION
    CALL db.index.fulltext.queryNodes('identity_name_keys', '"' + $key + '"') YIELD node
    WITH node AS o WHERE o:Organization
    RETURN o
  }
  WITH o, COUNT { (:Person)-[:HOLDS_POSITION]->(o) } AS holders
  RETURN o ORDER BY CASE WHEN o.id = $name THEN 0 ELSE 1 END, holders DESC, o.lastSeen DESC, o.id
  LIMIT 1
}
OPTIONAL MATCH (c:Country {id: o.country})
RETURN o {
  .id, label: 'Organization', .name, .kind, aliases: coalesce(o.aliases, []), countryCode: o.country,
  country: c { .id, label: 'Country', .name }
} AS organization
