// Meetings in a date window involving a country (held there, or a participant represents it), newest first (keyset page).
// $from, $to: 'YYYY-MM-DD' or null (a meeting counts when its date range overlaps the window); $country: ISO code or null
// $limit: page size + 1, $afterSort: 'YYYY-MM-DD' of the last row seen or null, $afterId: its id or null
// $with: {place, participants, topics, sources} booleans: which children to prefetch (the fields the request selects);
//   {meetingDetail, personDetail, topicDetail}: whether the request selects more than id, label, name (and kind, date, format, status)
// @include fragments/window-meetings
WITH m, coalesce(m.dateStart, date('0001-01-01')) AS k
ORDER BY k DESC, m.id
WITH collect({ m: m, k: k }) AS ranked
WITH size(ranked) AS total, [x IN ranked WHERE $afterId IS NULL
    OR x.k < date($afterSort) OR (x.k = date($afterSort) AND x.m.id > $afterId)][0..$limit] AS page
// @include fragments/meeting-page page=page
RETURN total, nodes
