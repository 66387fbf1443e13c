// Meetings two people (typed names) both attended, newest first (keyset page), with the selected children.
// $a, $b: {name, key, pkey} as person-by-name takes; $limit: page size + 1, $afterSort: 'YYYY-MM-DD' of the last row seen or null, $afterId: its id or null
// $with: {place, participants, topics, sources} booleans: which children to prefetch (the fields the request selects);
//   {meetingDetail, personDetail, topicDetail}: whether the request selects more than id, label, name (and kind, date, format, status)
// @include fragments/person-by-name p=pa q=$a
// @include fragments/person-by-name p=pb q=$b
OPTIONAL MATCH (pa)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(pb)
WHERE pa <> pb
WITH DISTINCT m, coalesce(m.dateStart, date('0001-01-01')) AS k
ORDER BY k DESC, m.id
WITH [x IN collect({ m: m, k: k }) WHERE x.m IS NOT NULL] AS ranked
WITH size(ranked) AS total, [x IN ranked WHERE $afterId IS NULL
    OR x.k < date($afterSort) OR (x.k = date($afterSort) AND x.m.id > $afterId)][0..$limit] AS page
// @include fragments/meeting-page page=page
RETURN total, nodes
