// The RETURN of an export's node statements: its public label and every stored property.
// {{n}}: the node
RETURN [l IN labels({{n}}) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0] AS label,
  properties({{n}}) AS props
