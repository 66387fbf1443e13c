// Exact lookup of nodes by any of their folded name keys (a list property, which range indexes cannot serve): the loader's identity lookup.
CREATE FULLTEXT INDEX identity_name_keys IF NOT EXISTS
FOR (n:Person|Organization|Place|Topic)
ON EACH [n.nameKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } }
