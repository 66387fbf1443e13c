// An article's MENTIONS edge to a node, from a row of load/merge-nodes. {{a}}: the article; {{m}}: the mention row;
// {{n}}: the node
CREATE ({{a}})-[e:MENTIONS {count: {{m}}.count, sentence: {{m}}.sentence, start: {{m}}.start, end: {{m}}.end, names: {{m}}.names, aliases: {{m}}.aliases, titles: {{m}}.titles, facts: {{m}}.facts}]->({{n}})
// @include fragments/mention-source-keys m=e a={{a}} n={{n}}
