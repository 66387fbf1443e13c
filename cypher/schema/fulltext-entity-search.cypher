// Ranked search across names, aliases, titles, topics and article titles (the Search operation).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Organization|Meeting|Topic|Place|Country|Article)
ON EACH [n.name, n.aliasText, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } }
