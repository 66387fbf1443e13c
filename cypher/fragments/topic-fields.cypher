// A Topic as the API maps it (type Topic): the elements of a list literal, in the order src/api/topic/topic-tuple.ts
// reads them (lists, not maps: see fragments/meeting-map). {{t}}: the topic variable.
{{t}}.id, {{t}}.name, coalesce({{t}}.aliases, [])
