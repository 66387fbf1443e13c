// Backfill of the tally buckets on a graph loaded before them, step 2 (batched like step 1): every meeting's tally
// edges, derived by the loader's own fragment, so a migrated graph holds exactly what loading it again would.
// $after: the last meeting id done, or null
MERGE (l:LoadLock {id: 'identity'})
WITH l WHERE NOT 'meeting-tallies-2-meetings' IN coalesce(l.upgrades, [])
CALL (l) {
  MATCH (m:Meeting) WHERE m.id > coalesce($after, '')
  WITH m ORDER BY m.id LIMIT 1000
  // @include fragments/meeting-tallies
  RETURN collect(m.id) AS done
}
CALL (l, done) {
  WITH l WHERE size(done) < 1000
  SET l.upgrades = coalesce(l.upgrades, []) + 'meeting-tallies-2-meetings'
}
RETURN CASE WHEN size(done) < 1000 THEN null ELSE done[-1] END AS after
