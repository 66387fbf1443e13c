// A relationship as graph views show it (type GraphEdge, id aside): the entries of a map literal.
// {{r}}: the relationship; {{from}}, {{to}}: its start and end nodes. A fact's sources count: `sourceCount` for facts
// many articles repeat, the size of `articles` for facts about one event (none for MENTIONS and REPORTS).
source: {{from}}.id, target: {{to}}.id, type: type({{r}}), title: {{r}}.title, since: toString({{r}}.since), until: toString({{r}}.until),
firstSeen: toString({{r}}.firstSeen), lastSeen: toString({{r}}.lastSeen),
sourceCount: coalesce({{r}}.sourceCount, size(coalesce({{r}}.articles, [])))
