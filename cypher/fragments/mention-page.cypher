// One keyset page of the articles that mention node {{x}}, newest first, as `{{rows}}` ([{sort, id, node}], node a
// Source, with the sentence of the article's first mention): with {{key}} a fact key (src/domain/fact-key.ts), only
// those whose MENTIONS edge lists it in `facts` (the sources of that repeated fact, {{x}} its start node); with
// {{key}} null, all of them. Undated articles come last. Every MENTIONS edge carries its node's id and its article's
// date (`node`, `date`: '' when undated), so the page is a seek of the (node, date) index in date order that stops
// once the page is full: its cost follows the page, not {{x}}'s mentions.
// {{key}}: a variable (bound to a key or to null); {{from}}, {{to}}: a window of article dates ('YYYY-MM-DD') or null,
// a window leaving out undated articles; {{limit}}: page size + 1; {{afterSort}}: the last row's date ('YYYY-MM-DD', ''
// when undated) or null; {{afterId}}: its article id or null
CALL ({{x}}, {{key}}) {
  // the id as a variable: a property of an imported node does not plan as an index seek in every enclosing statement
  WITH {{x}}, {{key}}, {{x}}.id AS xid
  MATCH (a)-[r:MENTIONS]->({{x}}) USING INDEX SEEK r:MENTIONS(node, date)
  WHERE r.node = xid AND r.date <= coalesce({{afterSort}}, '~') AND ({{key}} IS NULL OR {{key}} IN r.facts)
    // @include fragments/mention-window r=r from={{from}} to={{to}}
    AND ({{afterId}} IS NULL OR r.date < {{afterSort}} OR a.id < {{afterId}})
  WITH a, r, r.date AS sort
  // r.node is one value here: it lets the index give the date order
  ORDER BY r.node DESC, sort DESC, a.id DESC
  LIMIT toInteger({{limit}})
  RETURN collect({ sort: sort, id: a.id, node:
    // @include fragments/source-map a=a r=r
  }) AS {{rows}}
}
