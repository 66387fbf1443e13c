// Existing people, organizations, places and topics sharing a folded name key with the batch's mentions (index identity_name_keys).
// $queries: [{label, query}] where query is '"key1" OR "key2" ...' over keys of [a-z0-9-]; the keyword analyzer makes each term exact
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('identity_name_keys', q.query) YIELD node
WITH DISTINCT q.label AS label, node
WHERE label IN labels(node)
RETURN label,
       node.id AS id,
       node.name AS name,
       coalesce(node.aliases, []) AS aliases,
       coalesce(node.nameKeys, []) AS nameKeys,
       node.country AS country,
       node.kind AS kind,
       node.title AS title,
       node.lastSeen AS lastSeen
