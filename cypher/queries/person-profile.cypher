// One person by typed name with the nested lists the request selects, in one statement (the person field's look-ahead).
// $person: {name, key, pkey} as person-by-name takes; $include: {positions, positionSources,
// counterparts, meetings} booleans: which lists to fetch; $sources: {limit, afterSort, afterId}: the page of each
// position's sources (fragments/mention-page)
// $counterparts: {limit, afterSort, afterId} as person-counterparts takes; $meetings: {from, to, limit, afterSort, afterId} as person-meetings
// $with: {place, participants, topics, sources} booleans: which meeting children to prefetch
// @include fragments/person-by-name p=p q=$person
CALL (p) {
  WITH p WHERE $include.positions
  MATCH (p)-[h:HOLDS_POSITION]->(o:Organization)
  WITH p, h, o, 'HOLDS_POSITION|' + o.id + '|' + coalesce(h.title, '') AS factKey
  ORDER BY h.since, h.until, h.title
  // each position's first page of sources when the request selects them (else none is read)
  OPTIONAL CALL (p, factKey) {
    WITH p, factKey WHERE $include.positionSources
    // @include fragments/mention-page x=p key=factKey from=null to=null rows=rows limit=$sources.limit afterSort=$sources.afterSort afterId=$sources.afterId
    RETURN rows
  }
  RETURN collect({ position:
    // @include fragments/position-map h=h p=p o=o detail=true
    , sources: rows }) AS positions
}
// OPTIONAL: when not asked for, counterparts and meetings are null rather than dropping the row.
OPTIONAL CALL (p) {
  WITH p WHERE $include.counterparts
  // @include fragments/counterpart-page p=p page=$counterparts
  RETURN { total: total, nodes: nodes } AS counterparts
}
OPTIONAL CALL (p) {
  WITH p WHERE $include.meetings
  OPTIONAL MATCH (p)-[:ATTENDED]->(m:Meeting)
  WHERE ($meetings.from IS NULL OR m.dateEnd >= date($meetings.from)) AND ($meetings.to IS NULL OR m.dateStart <= date($meetings.to))
  WITH DISTINCT m, coalesce(m.dateStart, date('9999-12-31')) AS k
  ORDER BY k, m.id
  WITH [x IN collect({ m: m, k: k }) WHERE x.m IS NOT NULL] AS ranked
  WITH size(ranked) AS total, [x IN ranked WHERE $meetings.afterId IS NULL
      OR x.k > date($meetings.afterSort) OR (x.k = date($meetings.afterSort) AND x.m.id > $meetings.afterId)][0..$meetings.limit] AS page
  // @include fragments/meeting-page page=page
  RETURN { total: total, nodes: nodes } AS meetings
}
RETURN
  // @include fragments/person-map p=p
  AS person, positions, counterparts, meetings
