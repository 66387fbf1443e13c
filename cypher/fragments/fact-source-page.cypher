// One keyset page of the sources of a repeated fact, newest first, as `{{rows}}` ([{sort, id, node}], node a Source):
// the articles whose MENTIONS edge to the fact's start node {{x}} lists the fact's key {{key}} (src/domain/fact-key.ts)
// in `facts`, with that edge's sentence. Undated articles come last. Such an edge carries its node's id and its
// article's date (`node`, `date`: '' when undated), so the page is a seek of the (node, date) index in date order
// that stops once the page is full: its cost follows the page, not {{x}}'s mentions.
// {{key}}: a variable; {{limit}}: page size + 1; {{afterSort}}: the last row's date ('YYYY-MM-DD', '' when undated)
// or null; {{afterId}}: its article id or null
CALL ({{x}}, {{key}}) {
  // the id as a variable: a property of an imported node does not plan as an index seek in every enclosing statement
  WITH {{x}}, {{key}}, {{x}}.id AS xid
  MATCH (a)-[r:MENTIONS]->({{x}}) USING INDEX SEEK r:MENTIONS(node, date)
  WHERE r.node = xid AND r.date <= coalesce({{afterSort}}, '~') AND {{key}} IN r.facts
    AND ({{afterId}} IS NULL OR r.date < {{afterSort}} OR a.id < {{afterId}})
  WITH a, r, r.date AS sort
  // r.node is one value here: it lets the index give the date order
  ORDER BY r.node DESC, sort DESC, a.id DESC
  LIMIT toInteger({{limit}})
  RETURN collect({ sort: sort, id: a.id, node:
    // @include fragments/source-map a=a r=r
  }) AS {{rows}}
}
