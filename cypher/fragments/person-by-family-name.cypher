// A union branch: the person a one-word name means when it is a word of one person's full name alone ("Blinken"), as
// {{p}} with rank {{rank}}; no row when no one's or several people's names hold it (a common family name says no one).
// {{key}}: the folded name. Family keys are (:NameKey)-[:FAMILY_KEY_OF]-> edges, as the loader writes them.
MATCH (k:NameKey {key: {{key}}})-[:FAMILY_KEY_OF]->(p:Person) USING INDEX SEEK k:NameKey(key)
WITH p LIMIT 2
WITH collect(p) AS holders WHERE size(holders) = 1
RETURN holders[0] AS {{p}}, {{rank}} AS rank
