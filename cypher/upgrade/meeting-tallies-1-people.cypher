// Backfill of the tally buckets on a graph loaded before them, step 1 (batched: `parley migrate` runs it again with
// the `after` it returns until that is null; marked done on the LoadLock node): each person's `tallyCountries`, the
// codes it represents, which load/refresh-tallies compares to see whose meetings to re-derive.
// $after: the last person id done, or null
MERGE (l:LoadLock {id: 'identity'})
WITH l WHERE NOT 'meeting-tallies-1-people' IN coalesce(l.upgrades, [])
CALL (l) {
  MATCH (p:Person) WHERE p.id > coalesce($after, '')
  WITH p ORDER BY p.id LIMIT 5000
  WITH p, COLLECT { MATCH (p)-[:REPRESENTS]->(c) RETURN c.id AS c ORDER BY c } AS codes
  SET p.tallyCountries = CASE WHEN size(codes) > 0 THEN codes END
  RETURN collect(p.id) AS done
}
CALL (l, done) {
  WITH l WHERE size(done) < 5000
  SET l.upgrades = coalesce(l.upgrades, []) + 'meeting-tallies-1-people'
}
RETURN CASE WHEN size(done) < 5000 THEN null ELSE done[-1] END AS after
