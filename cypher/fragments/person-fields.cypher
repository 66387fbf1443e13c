// A Person as the API maps it (type Person, its country prefetched): the elements of a list literal, in the order
// src/api/person/person-tuple.ts reads them (lists, not maps: Bolt sends no key per value; a page of 23 counterparts
// as maps cost Node and Neo4j together about 0.5 ms more CPU per request). {{p}}: the person variable.
{{p}}.id, {{p}}.name, coalesce({{p}}.aliases, []), {{p}}.title, {{p}}.country, toString({{p}}.firstSeen),
toString({{p}}.lastSeen), COLLECT { MATCH (personCountry:Country {id: {{p}}.country}) RETURN [personCountry.id, personCountry.name] }[0]
