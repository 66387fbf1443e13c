// One keyset page of the titles held in organization {{o}} or its departments (PART_OF, any depth), oldest first; yields
// `total` (from the degree store: only people hold positions) and `nodes`, a list of {sort, key, node}. The page is an
// ordered LIMIT over the positions, not a slice of all of them collected: a ministry with thousands of holders keeps
// only a page in memory. {{limit}}: page size + 1, {{afterSort}}: 'YYYY-MM-DD' of the last row seen or null, {{afterId}}:
// its key or null, {{detail}}: as fragments/position-map takes
CALL ({{o}}) {
  MATCH (d:Organization)-[:PART_OF*0..6]->({{o}})
  WITH DISTINCT d
  RETURN collect(d) AS units, sum(COUNT { ()-[:HOLDS_POSITION]->(d) }) AS total
}
CALL (units) {
  UNWIND units AS d
  MATCH (p:Person)-[h:HOLDS_POSITION]->(d)
  WITH p, h, d, coalesce(h.since, date('9999-12-31')) AS k
  // the date alone first, so that the key is built only for rows that can follow the cursor
  WHERE {{afterId}} IS NULL OR k >= date({{afterSort}})
  WITH p, h, d, k, p.id + '|' + d.id + '|' + h.title AS key
  WHERE {{afterId}} IS NULL OR k > date({{afterSort}}) OR key > {{afterId}}
  ORDER BY k, key
  LIMIT toInteger({{limit}})
  RETURN collect({ sort: toString(k), key: key, node:
    // @include fragments/position-map h=h p=p o=d detail={{detail}}
  }) AS nodes
}
