// A Place as the API maps it (type Place, its country prefetched): the elements of a list literal, in the order
// src/api/meeting/meeting-children.ts reads them (lists, not maps: see fragments/meeting-map). {{pl}}: the place variable.
{{pl}}.id, {{pl}}.name, {{pl}}.country,
[({{pl}})-[:IN_COUNTRY]->(placeCountry:Country) | [placeCountry.id, placeCountry.name]][0]
