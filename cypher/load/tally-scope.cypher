// Before an edited article's old body goes: the meetings it reports and the people it mentions, whose tallies
// load/refresh-tallies re-derives once the batch is written (what the removal takes away is no longer visible then).
// $ids: the old article ids
UNWIND $ids AS id
MATCH (a:Article {id: id}) USING INDEX SEEK a:Article(id)
RETURN COLLECT { MATCH (a)-[:REPORTS]->(m) RETURN m.id } AS meetings,
  COLLECT { MATCH (a)-[:MENTIONS]->(p) WHERE p:Person RETURN p.id } AS people
