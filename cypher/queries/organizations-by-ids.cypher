// Organizations by id, for the organization loader.
// $ids: organization ids
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o {
  .id, label: 'Organization', .name, .kind, aliases: coalesce(o.aliases, []), countryCode: o.country,
  country: COLLECT { MATCH (c:Country {id: o.country}) RETURN c { .id, label: 'Country', .name } }[0]
} AS organization
