// Backfill of the TopicMonthRest buckets (TopicMeetings' month walk) on a graph whose tallies predate them (batched
// like step 2): the loader's own fragment re-derives each meeting that needs one, adding only what is missing.
// $after: the last meeting id done, or null
MERGE (l:LoadLock {id: 'identity'})
WITH l WHERE NOT 'meeting-tallies-4-topic-rest' IN coalesce(l.upgrades, [])
CALL (l) {
  MATCH (m:Meeting) WHERE m.id > coalesce($after, '')
  WITH m ORDER BY m.id LIMIT 1000
  CALL (m) {
    WITH m WHERE NOT (m.datePrecision IN ['day', 'month'] AND m.date IS NOT NULL)
      AND EXISTS { (m)-[:DISCUSSED]->(:Topic) } AND NOT EXISTS { (m)<-[:COUNTS]-(:TopicMonthRest) }
    // @include fragments/meeting-tallies
  }
  RETURN collect(m.id) AS done
}
CALL (l, done) {
  WITH l WHERE size(done) < 1000
  SET l.upgrades = coalesce(l.upgrades, []) + 'meeting-tallies-4-topic-rest'
}
RETURN CASE WHEN size(done) < 1000 THEN null ELSE done[-1] END AS after
