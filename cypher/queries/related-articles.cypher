// The articles most like each article: those that name the same nodes, each shared node weighted by how rare it is
// (1 / ln(e + the number of articles naming it): a hub counts for little, a node named by two articles for much), over
// each named node's newest $perNode articles (a seek of the (node, date) index: a hub costs $perNode, not what names
// it), optionally within a window of article dates. The $top highest scores, then newest, then by id; `shared`: the
// nodes they share, rarest first.
// $ids: article ids; $perNode: articles read per named node; $top: articles kept; $from, $to: 'YYYY-MM-DD' or null
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(n)
  WITH a, n, n.id AS nid, 1.0 / log(e() + COUNT { (n)<-[:MENTIONS]-() }) AS weight
  CALL (n, nid) {
    // @include fragments/newest-mentions a=b x=n xid=nid from=$from to=$to limit=$perNode
    RETURN b
  }
  WITH a, b, n, weight WHERE b <> a
  WITH b, n, weight ORDER BY weight DESC, n.id
  WITH b, sum(weight) AS score, collect(n) AS shared
  ORDER BY score DESC, b.date DESC, b.id DESC
  LIMIT toInteger($top)
  RETURN collect({ score: score, article:
    // @include fragments/article-map a=b
  , shared: [s IN shared |
    // @include fragments/entity-map n=s
  ] }) AS related
}
RETURN id, related
