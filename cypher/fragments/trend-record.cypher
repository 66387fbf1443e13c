// A trend statement's one record: its rows as lists naming their topic by id ({{row}}), and each topic {{tp}} once
// as [id, name, aliases] (lists, not maps: see fragments/meeting-map), read by src/api/topic/topic-tuple.ts and the
// topic repository. On the 100k-article graph, rows as maps each with its topic cost 41 ms (topics) and 82 ms (pairs)
// of Neo4j and Node CPU to send and decode; as lists, 25 and 47.
WITH collect({{row}}) AS rows, collect(DISTINCT {{tp}}) AS tps
RETURN rows, [t IN tps | [t.id, t.name, coalesce(t.aliases, [])]] AS topics
