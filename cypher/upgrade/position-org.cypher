// Gives every position of a graph loaded before the (org, since) index its organization's id as `org` (batched by
// organization: `parley migrate` runs it again with the `after` it returns until that is null; marked done on the
// LoadLock node).
// $after: the last organization id done, or null
MERGE (l:LoadLock {id: 'identity'})
WITH l WHERE NOT 'position-org' IN coalesce(l.upgrades, [])
CALL (l) {
  MATCH (o:Organization) WHERE o.id > coalesce($after, '')
  WITH o ORDER BY o.id LIMIT 2000
  CALL (o) { MATCH ()-[h:HOLDS_POSITION]->(o) WHERE h.org IS NULL OR h.org <> o.id SET h.org = o.id }
  RETURN collect(o.id) AS done
}
CALL (l, done) {
  WITH l WHERE size(done) < 2000
  SET l.upgrades = coalesce(l.upgrades, []) + 'position-org'
}
RETURN CASE WHEN size(done) < 2000 THEN null ELSE done[-1] END AS after
