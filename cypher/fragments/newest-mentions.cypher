// The newest {{limit}} articles {{a}} that mention node {{x}} ({{xid}}: its id, a variable: a property of an imported
// node does not plan as an index seek in every enclosing statement), within a window of article dates ({{from}},
// {{to}}: 'YYYY-MM-DD' or null; no window keeps the undated ones, last), newest first, then by article id: a seek of
// the (node, date) index in date order that stops at {{limit}}, however many articles name {{x}}. Rows: {{a}} and its
// MENTIONS edge r (what the article says of {{x}}).
MATCH ({{a}})-[r:MENTIONS]->({{x}}) USING INDEX SEEK r:MENTIONS(node, date)
WHERE r.node = {{xid}}
  // @include fragments/mention-window r=r from={{from}} to={{to}}
WITH {{a}}, r, r.date AS sort
// r.node is one value here: it lets the index give the date order
ORDER BY r.node DESC, sort DESC, {{a}}.id DESC
LIMIT toInteger({{limit}})
