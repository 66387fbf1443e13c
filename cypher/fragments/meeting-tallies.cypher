// Re-derives meeting m's tally edges from its facts (loader and migration; m bound, one row per meeting): one
// (:MeetingDay {key: '<country>|<dateStart>'}) edge per country involved ('*' for all meetings; undated: 0001-01-01),
// typed by date precision (ON_DAY, IN_MONTH, IN_YEAR, UNDATED), and one (:MeetingMonth {key: '<country>|<YYYY-MM>'})
// -[:COUNTS]-> per country involved for that day's month (a window's whole months); for a meeting dated to a day or
// month, one (:TopicMonth {key: '<country>|<YYYY-MM>|<topic id>'})-[:COUNTS]-> per country involved ('*' too) and
// topic, and one (:PairMonth {key: '<a>|<b>|<YYYY-MM>|<topic id>'})-[:COUNTS]-> per pair a < b of countries
// represented and topic; for any other meeting (dated to a year, or undated), one
// (:TopicMonthRest {key: '<YYYY-MM of its day>|<topic id>'})-[:COUNTS]-> per topic (all countries), so that the two
// together give each topic's meetings month by month, newest first (queries/topic-meetings).
// A bucket's count is its degree, so it is exact after any reload, edit or merge (a deleted meeting takes its edges):
// edges no longer derived go (and buckets left empty), missing ones are created, the others stay untouched.
// Involved: held in a place in the country, or attended by someone representing it (as fragments/window-meetings).
CALL (m) {
  WITH m,
    COLLECT { MATCH (m)<-[:ATTENDED]-(:Person)-[:REPRESENTS]->(c:Country) RETURN DISTINCT c.id AS c ORDER BY c } AS rep,
    COLLECT { MATCH (m)-[:HELD_IN]->(:Place)-[:IN_COUNTRY]->(c:Country) RETURN DISTINCT c.id AS c } AS held,
    COLLECT { MATCH (m)-[:DISCUSSED]->(t:Topic) RETURN DISTINCT t.id AS t } AS topics,
    CASE WHEN m.datePrecision IN ['day', 'month'] AND m.date IS NOT NULL THEN substring(m.date, 0, 7) END AS month,
    coalesce(m.dateStart, date('0001-01-01')) AS day,
    CASE
      WHEN m.dateStart IS NULL THEN 'UNDATED'
      WHEN m.datePrecision = 'year' THEN 'IN_YEAR'
      WHEN m.datePrecision = 'month' THEN 'IN_MONTH'
      ELSE 'ON_DAY'
    END AS kind
  WITH m, rep, topics, month, day, kind, ['*'] + COLLECT { UNWIND rep + held AS c WITH DISTINCT c WHERE c <> '*' RETURN c } AS involved
  WITH m, month, topics, day,
    [c IN involved | { t: kind, key: c + '|' + toString(day), country: c }]
    + [c IN involved | { t: 'M', key: c + '|' + left(toString(day), 7), country: c }]
    + CASE WHEN month IS NULL THEN [t IN topics | { t: 'R', key: left(toString(day), 7) + '|' + t, topic: t }]
      ELSE COLLECT {
        UNWIND involved AS c UNWIND topics AS t
        RETURN { t: 'T', key: c + '|' + month + '|' + t, country: c, topic: t } AS w
      } + COLLECT {
        UNWIND rep AS a UNWIND rep AS b WITH a, b WHERE a < b UNWIND topics AS t
        RETURN { t: 'P', key: a + '|' + b + '|' + month + '|' + t, a: a, b: b, topic: t } AS w
      } END AS wanted
  WITH m, month, day, wanted, [w IN wanted | w.t + '#' + w.key] AS wantedKeys
  CALL (m, wantedKeys) {
    MATCH (m)<-[r:ON_DAY|IN_MONTH|IN_YEAR|UNDATED|COUNTS]-(b)
    WITH r, b, CASE WHEN b:TopicMonth THEN 'T' WHEN b:PairMonth THEN 'P' WHEN b:MeetingMonth THEN 'M'
      WHEN b:TopicMonthRest THEN 'R' ELSE type(r) END
      + '#' + b.key AS have
    WITH collect(have) AS haves, collect(CASE WHEN NOT have IN wantedKeys THEN r END) AS stale,
      collect(CASE WHEN NOT have IN wantedKeys THEN b END) AS left
    FOREACH (r IN stale | DELETE r)
    RETURN haves, left
  }
  // a bucket left with no meeting goes (a meeting deleted by an edit or a merge leaves its buckets' counts right, and
  // at worst an empty bucket, which counts nothing)
  CALL (left) {
    UNWIND left AS b
    WITH DISTINCT b WHERE NOT EXISTS { (b)-[:ON_DAY|IN_MONTH|IN_YEAR|UNDATED|COUNTS]->() }
    DETACH DELETE b
  }
  UNWIND [w IN wanted WHERE NOT w.t + '#' + w.key IN haves] AS w
  CALL (m, w, day) {
    WITH m, w, day WHERE w.t IN ['ON_DAY', 'IN_MONTH', 'IN_YEAR', 'UNDATED']
    MERGE (b:MeetingDay {key: w.key})
    ON CREATE SET b.country = w.country, b.day = day
    FOREACH (_ IN CASE WHEN w.t = 'ON_DAY' THEN [1] ELSE [] END | CREATE (b)-[:ON_DAY]->(m))
    FOREACH (_ IN CASE WHEN w.t = 'IN_MONTH' THEN [1] ELSE [] END | CREATE (b)-[:IN_MONTH]->(m))
    FOREACH (_ IN CASE WHEN w.t = 'IN_YEAR' THEN [1] ELSE [] END | CREATE (b)-[:IN_YEAR]->(m))
    FOREACH (_ IN CASE WHEN w.t = 'UNDATED' THEN [1] ELSE [] END | CREATE (b)-[:UNDATED]->(m))
  }
  CALL (m, w, day) {
    WITH m, w, day WHERE w.t = 'M'
    MERGE (b:MeetingMonth {key: w.key})
    ON CREATE SET b.country = w.country, b.month = left(toString(day), 7)
    CREATE (b)-[:COUNTS]->(m)
  }
  // a topic's or a pair's bucket links its topic once, when it has no link yet: linking at every count looked the topic
  // up and read its dense side each time (half of this statement's database hits)
  CALL (m, w, month) {
    WITH m, w, month WHERE w.t = 'T'
    MERGE (b:TopicMonth {key: w.key})
    ON CREATE SET b.country = w.country, b.month = month, b.topic = w.topic
    CREATE (b)-[:COUNTS]->(m)
    WITH b, w WHERE NOT EXISTS { (b)-[:OF_TOPIC]->() }
    MATCH (t:Topic {id: w.topic}) USING INDEX SEEK t:Topic(id)
    MERGE (b)-[:OF_TOPIC]->(t)
  }
  CALL (m, w, day) {
    WITH m, w, day WHERE w.t = 'R'
    MERGE (b:TopicMonthRest {key: w.key})
    ON CREATE SET b.month = left(toString(day), 7), b.topic = w.topic
    CREATE (b)-[:COUNTS]->(m)
  }
  CALL (m, w, month) {
    WITH m, w, month WHERE w.t = 'P'
    MERGE (b:PairMonth {key: w.key})
    ON CREATE SET b.a = w.a, b.b = w.b, b.month = month, b.topic = w.topic
    CREATE (b)-[:COUNTS]->(m)
    WITH b, w WHERE NOT EXISTS { (b)-[:OF_TOPIC]->() }
    MATCH (t:Topic {id: w.topic}) USING INDEX SEEK t:Topic(id)
    MERGE (b)-[:OF_TOPIC]->(t)
  }
}
