// The topic a typed name means (id or folded name/alias key); the most discussed wins a tie.
// $name: the name as typed (ids match it), $key: foldName(name)
CALL () {
  CALL () {
    MATCH (t:Topic {id: $name}) RETURN t
    UNION
    MATCH (k:NameKey {key: $key})-[:KEY_OF]->(t:Topic) USING INDEX SEEK k:NameKey(key) RETURN t
  }
  // only meetings discuss: unlabelled, the count is a degree lookup rather than a walk of the topic's meetings
  WITH t, COUNT { ()-[:DISCUSSED]->(t) } AS uses
  RETURN t ORDER BY CASE WHEN t.id = $name THEN 0 ELSE 1 END, uses DESC, t.id
  LIMIT 1
}
RETURN
  // @include fragments/topic-map t=t
  AS topic
