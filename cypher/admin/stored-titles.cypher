// The titles a graph stores, for upgrade/titles-one-form (src/load/upgrade-inputs.ts): every title its people were
// given (a person's `titles` holds each title an article gave it, and its `title` one of them), unless that upgrade
// has run for the rule's version (then no person is read, and the list is empty).
// $marker: 'titles-one-form@<version of the rule>'
OPTIONAL MATCH (l:LoadLock {id: 'identity'})
WITH $marker IN coalesce(l.upgrades, []) AS done
OPTIONAL CALL (done) {
  WITH done WHERE NOT done
  MATCH (p:Person)
  UNWIND coalesce(p.titles, []) + CASE WHEN p.title IS NULL THEN [] ELSE [p.title] END AS t
  RETURN collect(DISTINCT t) AS titles
}
RETURN coalesce(titles, []) AS titles
