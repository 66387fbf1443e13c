// One keyset page of the sources of a repeated fact, newest first, as `{{rows}}` ([{sort, id, node}], node a Source):
// the articles whose MENTIONS edge to the fact's start node {{x}} lists the fact's key {{key}} (src/domain/fact-key.ts)
// in `facts`, with that edge's sentence. Undated articles come last. The cost follows {{x}}'s mentions, not the graph.
// {{key}}: a variable; {{limit}}: page size + 1; {{afterSort}}: the last row's date ('YYYY-MM-DD', '' when undated)
// or null; {{afterId}}: its article id or null
CALL ({{x}}, {{key}}) {
  MATCH (a)-[r:MENTIONS]->({{x}})
  WHERE {{key}} IN r.facts
  WITH a, r, coalesce(toString(a.date), '') AS sort
  WHERE {{afterId}} IS NULL OR sort < {{afterSort}} OR (sort = {{afterSort}} AND a.id < {{afterId}})
  WITH a, r, sort
  ORDER BY sort DESC, a.id DESC
  LIMIT toInteger({{limit}})
  RETURN collect({ sort: sort, id: a.id, node:
    // @include fragments/source-map a=a r=r
  }) AS {{rows}}
}
