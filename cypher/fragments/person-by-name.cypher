// The person a typed name means, bound to {{p}}: by id, by person key or by any folded alias key; the id wins, then the
// most recently seen. No row when none matches. {{q}}: a map expression {name, key, pkey} (name as typed, foldName, personKey)
CALL () {
  CALL () {
    MATCH (p:Person {id: {{q}}.name}) RETURN p
    UNION
    MATCH (p:Person {personKey: {{q}}.pkey}) RETURN p
    UNION
    CALL db.index.fulltext.queryNodes('identity_name_keys', '"' + {{q}}.key + '" OR "' + {{q}}.pkey + '"') YIELD node
    WITH node AS p WHERE p:Person
    RETURN p
  }
  RETURN p AS {{p}} ORDER BY CASE WHEN p.id = {{q}}.name THEN 0 ELSE 1 END, p.lastSeen DESC, p.id
  LIMIT 1
}
