// One keyset page of the titles held in organization {{o}} or its departments (PART_OF, any depth), oldest first; yields
// `total` (from the degree store: only people hold positions) and `nodes`, a list of {sort, key, node}. Each unit's
// dated positions come oldest first from the (org, since) relationship index, so a ministry with thousands of holders
// reads about a page of them, not all; its undated ones (sorted last) are read only when the dated fall short of a page.
// {{limit}}: page size + 1, {{afterSort}}: 'YYYY-MM-DD' of the last row seen or null, {{afterId}}: its key or null,
// {{detail}}: as fragments/position-map takes
CALL ({{o}}) {
  MATCH (d:Organization)-[:PART_OF*0..6]->({{o}})
  WITH DISTINCT d
  RETURN collect(d) AS units, sum(COUNT { ()-[:HOLDS_POSITION]->(d) }) AS total
}
CALL (units) {
  UNWIND units AS d
  CALL (d) {
    WITH d, CASE WHEN {{afterId}} IS NULL THEN date('0001-01-01') ELSE date({{afterSort}}) END AS low
    MATCH (p)-[h:HOLDS_POSITION]->(d) USING INDEX SEEK h:HOLDS_POSITION(org, since)
    WHERE h.org = d.id AND h.since >= low
    WITH p, h, d, h.since AS k, p.id + '|' + d.id + '|' + h.title AS key
    WHERE {{afterId}} IS NULL OR k > date({{afterSort}}) OR key > {{afterId}}
    // the index gives (org, since) order, so this is a partial top: it stops at the page's last day
    WITH p, h, k, key ORDER BY h.org, k, key LIMIT toInteger({{limit}})
    RETURN collect({ p: p, h: h, k: k, key: key }) AS dated
  }
  CALL (d, dated) {
    WITH d WHERE size(dated) < toInteger({{limit}})
    MATCH (p)-[h:HOLDS_POSITION]->(d) WHERE h.since IS NULL
    WITH p, h, date('9999-12-31') AS k, p.id + '|' + d.id + '|' + h.title AS key
    WHERE {{afterId}} IS NULL OR k > date({{afterSort}}) OR key > {{afterId}}
    WITH p, h, k, key ORDER BY key LIMIT toInteger({{limit}})
    RETURN collect({ p: p, h: h, k: k, key: key }) AS undated
  }
  UNWIND dated + coalesce(undated, []) AS row
  WITH d, row.p AS p, row.h AS h, row.k AS k, row.key AS key
  ORDER BY k, key
  LIMIT toInteger({{limit}})
  RETURN collect({ sort: toString(k), key: key, node:
    // @include fragments/position-map h=h p=p o=d detail={{detail}}
  }) AS nodes
}
