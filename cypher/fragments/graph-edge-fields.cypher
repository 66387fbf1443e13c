// A relationship as graph views show it (type GraphEdge, id aside): the elements of a list literal, in the order
// src/api/traversal/graph-tuples.ts reads them (see fragments/graph-node-fields for why lists).
// {{r}}: the relationship; {{from}}, {{to}}: its start and end nodes. A fact's sources count: `sourceCount` for facts
// many articles repeat, the size of `articles` for facts about one event (none for MENTIONS and REPORTS).
{{from}}.id, {{to}}.id, type({{r}}), {{r}}.title, coalesce({{r}}.sourceCount, size(coalesce({{r}}.articles, []))),
toString({{r}}.since), toString({{r}}.until), toString({{r}}.firstSeen), toString({{r}}.lastSeen)
