// The topic a typed name means (id or folded name/alias key); the most discussed wins a tie.
// $name: the name as typed (ids match it), $key: foldName(name)
MATCH (t:Topic)
WHERE t.id = $name OR $key IN t.nameKeys
WITH t, COUNT { (:Meeting)-[:DISCUSSED]->(t) } AS uses
ORDER BY CASE WHEN t.id = $name THEN 0 ELSE 1 END, uses DESC, t.id
LIMIT 1
RETURN t { .id, label: 'Topic', .name, aliases: coalesce(t.aliases, []) } AS topic
