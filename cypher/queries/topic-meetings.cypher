// Meetings where a matching topic was discussed (a topic key equal to, or containing, the folded text), newest first.
// $name: text as typed (ids match it), $key: foldName(text); $limit: page size + 1, $afterSort: 'YYYY-MM-DD' of the last row seen or null, $afterId: its id or null
// $with: {place, participants, topics, sources} booleans: which children to prefetch (the fields the request selects);
//   {meetingDetail, personDetail, topicDetail}: whether the request selects more than id, label, name (and kind, date, format, status)
CALL () {
  OPTIONAL MATCH (t:Topic)
  WHERE t.id = $name OR $key IN t.nameKeys OR any(k IN t.nameKeys WHERE k CONTAINS $key)
  WITH t ORDER BY t.name, t.id
  RETURN collect(t) AS topics
}
WITH topics, [t IN topics | t { .id, label: 'Topic', .name, aliases: coalesce(t.aliases, []) }] AS matched
OPTIONAL MATCH (m:Meeting)-[:DISCUSSED]->(t:Topic)
WHERE t IN topics
WITH DISTINCT matched, m, coalesce(m.dateStart, date('0001-01-01')) AS k
ORDER BY k DESC, m.id
WITH matched, [x IN collect({ m: m, k: k }) WHERE x.m IS NOT NULL] AS ranked
WITH matched, size(ranked) AS total, [x IN ranked WHERE $afterId IS NULL
    OR x.k < date($afterSort) OR (x.k = date($afterSort) AND x.m.id > $afterId)][0..$limit] AS page
// @include fragments/meeting-page page=page
RETURN matched, total, nodes
