// A node of any public label as graph views show it (type GraphNode, depth aside): the elements of a list literal, in
// the order src/api/traversal/graph-tuples.ts reads them (lists, not maps: Bolt sends no key per value, and decoding a
// neighborhood's 200 nodes and 400 edges as maps cost Node 15-19 ms of CPU, as lists 6 ms).
// {{n}}: the node (a variable or an expression)
{{n}}.id, coalesce({{n}}.name, {{n}}.title, {{n}}.id),
[l IN labels({{n}}) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0],
toString(coalesce({{n}}.date, {{n}}.dateStart)), {{n}}.kind, {{n}}.title,
CASE WHEN {{n}}:Country THEN {{n}}.id ELSE {{n}}.country END
