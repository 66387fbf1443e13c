// Meetings per month per topic, for charts; only meetings dated to a month or a day count.
// $from, $to: 'YYYY-MM-DD' or null (the meeting's dates must overlap the window); $country: ISO code or null (held there or attended for it)
// @include fragments/window-meetings
WITH m WHERE m.datePrecision IN ['day', 'month'] AND m.date IS NOT NULL
MATCH (m)-[:DISCUSSED]->(t:Topic)
WITH substring(m.date, 0, 7) AS month, t, count(DISTINCT m) AS count
ORDER BY month, count DESC, t.name, t.id
RETURN month, t { .id, label: 'Topic', .name, aliases: coalesce(t.aliases, []) } AS topic, count
