// People by id, for the person loader (one statement per request level).
// $ids: person ids
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p {
  .id, label: 'Person', .name, aliases: coalesce(p.aliases, []), .title, countryCode: p.country, .firstSeen, .lastSeen,
  country: COLLECT { MATCH (c:Country {id: p.country}) RETURN c { .id, label: 'Country', .name } }[0]
} AS person
