// Titles held in each organization or its departments (PART_OF, any depth), oldest first (keyset page).
// $ids: organization ids; $limit: page size + 1, $afterSort: 'YYYY-MM-DD' of the last row seen or null, $afterId: its key or null
// $detail: whether the request selects more of the person and organization than id, label, name (fragments/position-map)
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  OPTIONAL MATCH (d:Organization)-[:PART_OF*0..6]->(o)
  WITH DISTINCT d
  OPTIONAL MATCH (p:Person)-[h:HOLDS_POSITION]->(d)
  WITH p, h, d, coalesce(h.since, date('9999-12-31')) AS k, p.id + '|' + d.id + '|' + h.title AS key
  WHERE h IS NOT NULL
  ORDER BY k, key
  WITH collect({ p: p, h: h, d: d, k: k, key: key }) AS ranked
  WITH size(ranked) AS total, [x IN ranked WHERE $afterId IS NULL
      OR x.k > date($afterSort) OR (x.k = date($afterSort) AND x.key > $afterId)][0..$limit] AS page
  CALL (page) {
    UNWIND page AS x
    WITH x, x.p AS p, x.h AS h, x.d AS d
    RETURN collect({ sort: toString(x.k), key: x.key, node:
      // @include fragments/position-map h=h p=p o=d detail=$detail
    }) AS nodes
  }
  RETURN total, nodes
}
RETURN id, total, nodes
