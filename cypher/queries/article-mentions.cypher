// What each article names, in reading order (the offset of its first mention, unlocated ones last, then node id), one
// keyset page per article: the people, organizations, countries, places and topics it mentions and the meetings it
// reports, each mapped as its GraphQL type with what the article says of it. An article names tens of nodes (its own
// edges, bounded by the body's size), so they are all read and sorted; `total`: how many.
// $ids: article ids; $labels: label whitelist or null; $limit: page size + 1; $afterSort: the last row's offset or
// null; $afterId: its node id or null
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  // (both types end at public nodes only; $labels is a whitelist of them)
  MATCH (a)-[r:MENTIONS|REPORTS]->(x)
  WHERE $labels IS NULL OR any(l IN labels(x) WHERE l IN $labels)
  WITH r, x, coalesce(r.start, 2147483647) AS k
  ORDER BY k, x.id
  WITH collect({ r: r, x: x, k: k }) AS named
  RETURN size(named) AS total, [y IN named WHERE $afterId IS NULL
    OR y.k > $afterSort OR (y.k = $afterSort AND y.x.id > $afterId)][0..$limit] AS page
}
UNWIND page AS y
WITH id, total, y, y.x AS x, y.r AS r
WITH id, total, collect({ sort: y.k, id: x.id, node: {
  entity:
    // @include fragments/entity-map n=x
  ,
  count: r.count, sentence: r.sentence, start: r.start, end: r.end,
  names: coalesce(r.names, []), titles: coalesce(r.titles, []), status: r.status
} }) AS rows
RETURN id, total, rows
