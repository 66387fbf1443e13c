// The person a typed name means, bound to {{p}}: by id, by person key or by any folded alias key (the id wins, then the
// most recently seen), else by a one-word name only one person's full name holds. No row when none matches.
// {{q}}: a map expression {name, key, pkey} (name as typed, foldName, personKey)
// Keys go through (:NameKey)-[:KEY_OF]-> (one seek on the name_key_key constraint's index), never a full-text query.
CALL () {
  CALL () {
    MATCH (p:Person {id: {{q}}.name}) RETURN p, 0 AS rank
    UNION
    MATCH (p:Person {personKey: {{q}}.pkey}) RETURN p, 1 AS rank
    UNION
    MATCH (k:NameKey) WHERE k.key IN [{{q}}.key, {{q}}.pkey]
    MATCH (k)-[:KEY_OF]->(p:Person)
    RETURN p, 1 AS rank
    UNION
    // @include fragments/person-by-family-name p=p key={{q}}.key rank=2
  }
  RETURN p AS {{p}} ORDER BY CASE WHEN p.id = {{q}}.name THEN 0 ELSE rank END, p.lastSeen DESC, p.id
  LIMIT 1
}
