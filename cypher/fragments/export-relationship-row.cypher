// The RETURN of an export's relationship statements: both ends by id and public label, the type, every property.
// {{a}}, {{b}}: start and end nodes; {{r}}: the relationship
RETURN {{a}}.id AS source, [l IN labels({{a}}) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0] AS sourceLabel,
  type({{r}}) AS type, {{b}}.id AS target,
  [l IN labels({{b}}) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0] AS targetLabel,
  properties({{r}}) AS props
