// Ranked search across names, aliases, titles, topics and article titles (the Search operation). Accents are folded,
// as the search text's are: "Sanchez" and "Sánchez" find "Pedro Sánchez" (English stop words go, as in the query).
CREATE FULLTEXT INDEX entity_search_folded IF NOT EXISTS
FOR (n:Person|Organization|Meeting|Topic|Place|Country|Article)
ON EACH [n.name, n.aliasText, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }
