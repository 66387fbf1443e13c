// A node of any public label as graph views show it (type GraphNode, depth aside): the entries of a map literal.
// {{n}}: the node (a variable or an expression)
id: {{n}}.id, name: coalesce({{n}}.name, {{n}}.title, {{n}}.id),
label: [l IN labels({{n}}) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0],
date: toString(coalesce({{n}}.date, {{n}}.dateStart)), kind: {{n}}.kind, title: {{n}}.title,
country: CASE WHEN {{n}}:Country THEN {{n}}.id ELSE {{n}}.country END
