// Backfill of Topic.keyText (its nameKeys joined by spaces, as the loader writes it: keyTextOf) on a graph loaded
// before it, 1,000 topics a transaction.
// $after: the last topic id done, or null
MERGE (l:LoadLock {id: 'identity'})
WITH l WHERE NOT 'topic-key-text' IN coalesce(l.upgrades, [])
CALL (l) {
  MATCH (t:Topic) WHERE t.id > coalesce($after, '')
  WITH t ORDER BY t.id LIMIT 1000
  SET t.keyText = substring(reduce(s = '', k IN coalesce(t.nameKeys, []) | s + ' ' + k), 1)
  RETURN collect(t.id) AS done
}
CALL (l, done) {
  WITH l WHERE size(done) < 1000
  SET l.upgrades = coalesce(l.upgrades, []) + 'topic-key-text'
}
RETURN CASE WHEN size(done) < 1000 THEN null ELSE done[-1] END AS after
