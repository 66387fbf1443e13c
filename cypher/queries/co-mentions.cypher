// The articles that mention each node and every node of $with too, newest first, one keyset page per node, each with
// the sentence of its node's first mention, optionally within a window of article dates; `total`: how many there are.
// The walk follows the (node, date) index of whichever of the nodes the fewest articles mention (its MENTIONS
// degree, a count kept by Neo4j), and keeps the articles whose own edges reach the others: the cost follows the
// rarest node, not the hub.
// $ids: node ids; $with: the other nodes' ids (none of $ids; an unknown id leaves no article); $from, $to:
// 'YYYY-MM-DD' or null; $count: whether to count them (null otherwise: counting reads all the rarest node's
// articles); $limit: page size + 1; $afterSort: the last row's date ('YYYY-MM-DD', '' when undated) or null;
// $afterId: its article id or null
CALL () {
  UNWIND $with AS otherId
  // @include fragments/entity-by-id n=y id=otherId
  RETURN collect(y) AS others
}
UNWIND $ids AS id
// @include fragments/entity-by-id n=x id=id
WITH id, x, CASE WHEN size(others) = size($with) THEN [x] + others ELSE [] END AS named
CALL (named) {
  UNWIND named AS n
  WITH n ORDER BY COUNT { (n)<-[:MENTIONS]-() } ASC LIMIT 1
  // the id as a variable: a property of an imported node does not plan as an index seek in every enclosing statement
  RETURN n AS rarest, n.id AS rid
}
CALL (x, named, rarest, rid) {
  MATCH (a)-[r:MENTIONS]->(rarest) USING INDEX SEEK r:MENTIONS(node, date)
  WHERE r.node = rid AND r.date <= coalesce($afterSort, '~')
    // @include fragments/mention-window r=r from=$from to=$to
    AND ($afterId IS NULL OR r.date < $afterSort OR a.id < $afterId)
    AND all(n IN named WHERE n = rarest OR EXISTS { (a)-[:MENTIONS]->(n) })
  WITH x, a, r.date AS sort
  // r.node is one value here: it lets the index give the date order
  ORDER BY r.node DESC, sort DESC, a.id DESC
  LIMIT toInteger($limit)
  MATCH (a)-[own:MENTIONS]->(x)
  WITH a, own, sort ORDER BY sort DESC, a.id DESC
  RETURN collect({ sort: sort, id: a.id, node:
    // @include fragments/source-map a=a r=own
  }) AS rows
}
RETURN id, rows, CASE WHEN $count THEN COUNT {
  MATCH (a)-[r:MENTIONS]->(rarest) USING INDEX SEEK r:MENTIONS(node, date)
  WHERE r.node = rid
    // @include fragments/mention-window r=r from=$from to=$to
    AND all(n IN named WHERE n = rarest OR EXISTS { (a)-[:MENTIONS]->(n) })
} END AS total
