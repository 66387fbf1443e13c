// Ranked full-text hits (index entity_search_folded: names, aliases, titles), best first (keyset page on score, id).
// $query: a Lucene query built from escaped terms; $labels: label whitelist or null; $max: hits considered
// $limit: page size + 1, $afterSort: score of the last row seen or null, $afterId: its id or null
CALL db.index.fulltext.queryNodes('entity_search_folded', $query, { limit: toInteger($max) }) YIELD node, score
WITH node AS n, score,
  [l IN labels(node) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0] AS label
WHERE $labels IS NULL OR label IN $labels
WITH n, score, label ORDER BY score DESC, n.id
WITH collect({ n: n, score: score, label: label }) AS ranked
WITH size(ranked) AS total, [x IN ranked WHERE $afterId IS NULL
    OR x.score < $afterSort OR (x.score = $afterSort AND x.n.id > $afterId)][0..$limit] AS page
RETURN total, [x IN page | {
  sort: x.score, id: x.n.id, label: x.label, score: x.score,
  name: coalesce(x.n.name, x.n.title, x.n.id), aliasText: x.n.aliasText, title: x.n.title,
  date: toString(coalesce(x.n.date, x.n.dateStart))
}] AS nodes
