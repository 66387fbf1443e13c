// Meetings where a matching topic was discussed (a topic key equal to, or containing, the folded text), newest first.
// $name: text as typed (ids match it), $key: foldName(text); $limit: page size + 1, $afterSort: 'YYYY-MM-DD' of the last row seen or null, $afterId: its id or null
// $with: {place, participants, topics, sources} booleans: which children to prefetch (the fields the request selects);
//   {meetingDetail, personDetail, topicDetail}: whether the request selects more than id, label, name (and kind, date, format, status)
CALL () {
  // (keyText: the topic's keys joined by spaces, so it contains the folded text only where a key does; text index)
  OPTIONAL MATCH (t:Topic)
  WHERE t.id = $name OR t.keyText CONTAINS $key
  WITH t ORDER BY t.name, t.id
  RETURN collect(t) AS topics
}
WITH topics, [t IN topics | t { .id, label: 'Topic', .name, aliases: coalesce(t.aliases, []) }] AS matched
// The page, newest first. When the months to visit (one key seek per month and topic) are fewer than the topics'
// meetings, walk the loader's buckets month by month, newest first, and stop at the page: TopicMonth ('*') holds the
// meetings dated to a day or a month, TopicMonthRest the others under their day's month (a year's January; undated:
// 0001-01), and every meeting's month has a (:MeetingMonth {key: '*|<YYYY-MM>'}) (fragments/meeting-tallies).
// Otherwise read and sort them all.
CALL (topics) {
  UNWIND topics AS t
  RETURN sum(COUNT { (t)<-[:DISCUSSED]-() }) AS discussed
}
CALL (topics, discussed) {
  WITH topics, discussed, COUNT { MATCH (b:MeetingMonth) WHERE b.key >= '*|' AND b.key < '*|~' } AS months
  RETURN discussed > months * size(topics) AS walk
}
CALL (topics, discussed, walk) {
  WITH topics, discussed WHERE walk
  // a meeting on two of the topics counts once; one topic's count is its degree
  CALL (topics, discussed) {
    WITH discussed WHERE size(topics) = 1
    RETURN discussed AS total
    UNION
    WITH topics WHERE size(topics) > 1
    CALL (topics) {
      UNWIND topics AS t
      MATCH (m:Meeting)-[:DISCUSSED]->(t)
      RETURN count(DISTINCT m) AS total
    }
    RETURN total
  }
  CALL (topics) {
    MATCH (b:MeetingMonth)
    WHERE b.key >= '*|' AND b.key <= CASE WHEN $afterSort IS NULL THEN '*|~' ELSE '*|' + left($afterSort, 7) END
    WITH topics, b ORDER BY b.key DESC
    CALL (topics, b) {
      CALL (topics, b) {
        UNWIND topics AS t
        MATCH (:TopicMonth {key: '*|' + b.month + '|' + t.id})-[:COUNTS]->(m:Meeting)
        RETURN m
        UNION
        UNWIND topics AS t
        MATCH (:TopicMonthRest {key: b.month + '|' + t.id})-[:COUNTS]->(m:Meeting)
        RETURN m
      }
      WITH m, coalesce(m.dateStart, date('0001-01-01')) AS k
      WHERE $afterId IS NULL OR k < date($afterSort) OR (k = date($afterSort) AND m.id > $afterId)
      RETURN m, k ORDER BY k DESC, m.id
    }
    WITH m, k LIMIT toInteger($limit)
    RETURN collect({ m: m, k: k }) AS page
  }
  RETURN total, page
  UNION ALL
  WITH topics WHERE NOT walk
  CALL (topics) {
    UNWIND topics AS t
    MATCH (m:Meeting)-[:DISCUSSED]->(t)
    WITH DISTINCT m, coalesce(m.dateStart, date('0001-01-01')) AS k
    ORDER BY k DESC, m.id
    WITH collect({ m: m, k: k }) AS ranked
    RETURN size(ranked) AS total, [x IN ranked WHERE $afterId IS NULL
      OR x.k < date($afterSort) OR (x.k = date($afterSort) AND x.m.id > $afterId)][0..$limit] AS page
  }
  RETURN total, page
}
// @include fragments/meeting-page page=page
RETURN matched, total, nodes
