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
    // Exact key lookups: one seek on the NameKey constraint's index, then its KEY_OF edges (a person by personKey too).
    MATCH (:NameKey {key: q.key})-[:KEY_OF]->(n)
    RETURN n, CASE WHEN n:Person THEN 1 WHEN n:Organization THEN 2 WHEN n:Place THEN 4 WHEN n:Topic THEN 5 ELSE 6 END AS rank
    UNION
    MATCH (:NameKey {key: q.pkey})-[:KEY_OF]->(n:Person)
    RETURN n, 1 AS rank
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
    MATCH (n:Meeting {id: q.name})
    RETURN n, 6 AS rank
  }
  RETURN n ORDER BY CASE WHEN n.id = q.name THEN 0 ELSE rank END, n.lastSeen DESC, n.id LIMIT 1
}
RETURN i, CASE WHEN n IS NULL THEN null ELSE {
  // @include fragments/graph-node-fields n=n
  , elementId: elementId(n)
} END AS node
ORDER BY i
