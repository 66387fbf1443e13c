// Removes one article replaced by an edited version: its id leaves every fact's `articles` (facts left with none are
// deleted, since/until are recomputed), the article goes, nodes no article mentions any more go, firstSeen/lastSeen are recomputed.
// $id: the old article id
// Far ends carry no label (MENTIONS and REPORTS only leave articles), so no statistics can plan a label scan for them.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:MENTIONS|REPORTS]->(x)
WITH a, collect(DISTINCT x) AS xs
CALL (xs) {
  UNWIND xs AS x
  MATCH (x)-[r]-()
  WHERE $id IN coalesce(r.articles, [])
  RETURN collect(DISTINCT r) AS facts
}
CALL (facts) {
  UNWIND facts AS r
  WITH r, [i IN r.articles WHERE i <> $id] AS rest
  CALL (r, rest) {
    WITH r, rest WHERE size(rest) > 0
    SET r.articles = rest
    WITH r, rest WHERE type(r) IN ['HOLDS_POSITION', 'REPRESENTS']
    CALL (rest) {
      UNWIND rest AS rid
      // One seek per id: as a plain MATCH, a small graph's statistics can make the planner scan the index and join.
      CALL (rid) {
        MATCH (b:Article {id: rid})
        RETURN b.date AS date
      }
      RETURN min(date) AS since, max(date) AS until
    }
    SET r.since = since, r.until = until
  }
  CALL (r, rest) {
    WITH r, rest WHERE size(rest) = 0
    DELETE r
  }
}
DETACH DELETE a
WITH xs
UNWIND xs AS x
CALL (x) {
  WITH x WHERE EXISTS { ()-[:MENTIONS|REPORTS]->(x) }
  WITH x, [(b)-[:MENTIONS|REPORTS]->(x) WHERE b.date IS NOT NULL | b.date] AS dates
  SET x.firstSeen = reduce(m = head(dates), d IN dates | CASE WHEN d < m THEN d ELSE m END),
      x.lastSeen = reduce(m = head(dates), d IN dates | CASE WHEN d > m THEN d ELSE m END)
}
CALL (x) {
  WITH x WHERE NOT EXISTS { ()-[:MENTIONS|REPORTS]->(x) }
  DETACH DELETE x
}
RETURN count(x) AS touched
