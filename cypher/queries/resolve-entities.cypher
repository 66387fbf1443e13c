// The node each typed name (or id) means, of any public label: exact id first, then people, organizations,
// countries, places, topics, meetings; within a label the most recently seen.
// $names: [{name, key, pkey, code}] (name as typed, foldName, personKey, ISO code it may name or null)
UNWIND range(0, size($names) - 1) AS i
WITH i, $names[i] AS q
CALL (q) {
  OPTIONAL CALL (q) {
    MATCH (n:Person {id: q.name}) RETURN n, 1 AS rank
    UNION
    MATCH (n:Person {personKey: q.pkey}) RETURN n, 1 AS rank
    UNION
    // Exact key lookups through the keyword full-text index (keys are folded to [a-z0-9-], safe inside quotes).
    CALL db.index.fulltext.queryNodes('identity_name_keys', '"' + q.key + '" OR "' + q.pkey + '"') YIELD node
    WITH q, node AS n
    WHERE (n:Person AND (q.key IN n.nameKeys OR q.pkey IN n.nameKeys))
      OR ((n:Organization OR n:Place OR n:Topic) AND q.key IN n.nameKeys)
    RETURN n, CASE WHEN n:Person THEN 1 WHEN n:Organization THEN 2 WHEN n:Place THEN 4 ELSE 5 END AS rank
    UNION
    MATCH (n:Organization {id: q.name}) RETURN n, 2 AS rank
    UNION
    MATCH (n:Country) WHERE n.id = q.name OR n.id = q.code OR q.key = toLower(replace(n.name, ' ', ''))
    RETURN n, 3 AS rank
    UNION
    MATCH (n:Place {id: q.name}) RETURN n, 4 AS rank
    UNION
    MATCH (n:Topic {id: q.name}) RETURN n, 5 AS rank
    UNION
    MATCH (n:Meeting) WHERE n.id = q.name OR q.key IN n.nameKeys
    RETURN n, 6 AS rank
  }
  RETURN n ORDER BY CASE WHEN n.id = q.name THEN 0 ELSE rank END, n.lastSeen DESC, n.id LIMIT 1
}
RETURN i, CASE WHEN n IS NULL THEN null ELSE {
  // @include fragments/graph-node-fields n=n
  , elementId: elementId(n)
} END AS node
ORDER BY i
