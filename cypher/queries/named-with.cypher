// The nodes named most often alongside each node: over its newest $scan articles within a window of article dates
// (a seek of the (node, date) index, newest first), how many of them also name each other node (of $labels' types,
// or any), the $top most, then the rarest, then by id; `read`: how many of its articles were read (all of the
// window's when fewer than $scan). The cost follows $scan, not how many articles name a hub.
// $ids: node ids; $labels: public labels or null; $from, $to: 'YYYY-MM-DD' or null; $scan: articles read at most;
// $top: nodes kept
UNWIND $ids AS id
// @include fragments/entity-by-id n=x id=id
CALL (x, id) {
  // @include fragments/newest-mentions a=a x=x xid=id from=$from to=$to limit=$scan
  RETURN collect(a) AS read
}
CALL (x, read) {
  UNWIND read AS a
  MATCH (a)-[:MENTIONS]->(y)
  WHERE y <> x AND ($labels IS NULL OR any(l IN labels(y) WHERE l IN $labels))
  WITH y, count(*) AS articles
  // ties: the rarer node first (fewer articles name it: it says more about this one), then by id
  ORDER BY articles DESC, COUNT { (y)<-[:MENTIONS]-() } ASC, y.id
  LIMIT toInteger($top)
  RETURN collect({ articles: articles, entity:
    // @include fragments/entity-map n=y
  }) AS items
}
RETURN id, size(read) AS read, items
