// Exact lookup of full-named people by any folded token of their person key (`familyKeys`, a list property): the loader's family-name rule for single-token names ("Blinken").
CREATE FULLTEXT INDEX person_family_keys IF NOT EXISTS
FOR (n:Person)
ON EACH [n.familyKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } }
