// Ranked full-text hits (index entity_search_folded: names, aliases, titles), best first (keyset page on score, id).
// $query: a Lucene query built from escaped terms; $labels: label whitelist or null; $max: hits considered
// $limit: page size + 1, $afterSort: score of the last row seen or null, $afterId: its id or null
// The index yields hits best first, so only the hits that tie with or beat the page's last score are read and ordered
// by id: the other hits (up to $max) are counted, not read (on a big graph most of a broad search's hits).
CALL db.index.fulltext.queryNodes('entity_search_folded', $query, { limit: toInteger($max) }) YIELD node, score
WITH node, score
WHERE $labels IS NULL
  OR [l IN labels(node) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0] IN $labels
WITH collect({ n: node, score: score }) AS hits
WITH size(hits) AS total, [x IN hits WHERE $afterId IS NULL
    OR x.score < $afterSort OR (x.score = $afterSort AND x.n.id > $afterId)] AS rest
WITH total, rest, CASE WHEN size(rest) > $limit THEN rest[toInteger($limit) - 1].score END AS cut
CALL (rest, cut) {
  UNWIND [x IN rest WHERE cut IS NULL OR x.score >= cut] AS x
  WITH x ORDER BY x.score DESC, x.n.id LIMIT toInteger($limit)
  RETURN collect(x) AS page
}
RETURN total, [x IN page | {
  sort: x.score, id: x.n.id,
  label: [l IN labels(x.n) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0],
  score: x.score,
  name: coalesce(x.n.name, x.n.title, x.n.id), aliasText: x.n.aliasText, title: x.n.title,
  date: toString(coalesce(x.n.date, x.n.dateStart))
}] AS nodes
