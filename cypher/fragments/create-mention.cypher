// An article's MENTIONS edge to a node, from a row of load/merge-nodes. An edge that states repeated facts also carries
// the node's id and the article's date ('' when undated): the (node, date) index pages those facts' sources
// (fragments/fact-source-page). {{a}}: the article; {{m}}: the mention row; {{n}}: the node
CREATE ({{a}})-[:MENTIONS {count: {{m}}.count, sentence: {{m}}.sentence, start: {{m}}.start, end: {{m}}.end, names: {{m}}.names, aliases: {{m}}.aliases, titles: {{m}}.titles, facts: {{m}}.facts,
  node: CASE WHEN {{m}}.facts IS NOT NULL THEN {{n}}.id END, date: CASE WHEN {{m}}.facts IS NOT NULL THEN coalesce(toString({{a}}.date), '') END}]->({{n}})
