// The organization a typed name means, bound to o: by id or folded name/alias key; the id wins, then the one with
// most position holders. No row when none matches. $name: the name as typed, $key: foldName(name)
CALL () {
  CALL () {
    MATCH (o:Organization {id: $name}) RETURN o
    UNION
    MATCH (k:NameKey {key: $key})-[:KEY_OF]->(o:Organization) USING INDEX SEEK k:NameKey(key) RETURN o
  }
  // only people hold positions: unlabelled, the count is a degree lookup (8,862 positions walked on a big ministry)
  WITH o, COUNT { ()-[:HOLDS_POSITION]->(o) } AS holders
  RETURN o ORDER BY CASE WHEN o.id = $name THEN 0 ELSE 1 END, holders DESC, o.lastSeen DESC, o.id
  LIMIT 1
}
