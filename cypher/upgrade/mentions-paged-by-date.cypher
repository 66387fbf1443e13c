// Gives every MENTIONS edge without them (a graph loaded before the (node, date) index, or when only the edges that
// state facts had them) its node's id and its article's date (fragments/mention-source-keys), batched by article:
// `parley migrate` runs it again with the `after` it returns until that is null; marked done on the LoadLock node.
// $after: the last article id done, or null
MERGE (l:LoadLock {id: 'identity'})
WITH l WHERE NOT 'mentions-paged-by-date' IN coalesce(l.upgrades, [])
CALL (l) {
  MATCH (a:Article) WHERE a.id > coalesce($after, '')
  WITH a ORDER BY a.id LIMIT 2000
  CALL (a) {
    MATCH (a)-[m:MENTIONS]->(x) WHERE m.node IS NULL
    // @include fragments/mention-source-keys m=m a=a n=x
  }
  RETURN collect(a.id) AS done
}
CALL (l, done) {
  WITH l WHERE size(done) < 2000
  SET l.upgrades = coalesce(l.upgrades, []) + 'mentions-paged-by-date'
}
RETURN CASE WHEN size(done) < 2000 THEN null ELSE done[-1] END AS after
