// Meetings per month per topic per pair of countries represented at them (both codes sorted), for charts.
// $from, $to: 'YYYY-MM-DD' or null; $country: ISO code or null (only pairs that include it)
// @include fragments/window-meetings
WITH m WHERE m.datePrecision IN ['day', 'month'] AND m.date IS NOT NULL
// the countries represented at each meeting, read once per meeting (not once per topic it discussed)
WITH m, COLLECT { MATCH (m)<-[:ATTENDED]-(:Person)-[:REPRESENTS]->(c:Country) RETURN DISTINCT c.id ORDER BY c.id } AS codes
WHERE size(codes) > 1 AND ($country IS NULL OR $country IN codes)
MATCH (m)-[:DISCUSSED]->(t:Topic)
UNWIND codes AS ca
UNWIND codes AS cb
WITH m, t, ca, cb
WHERE ca < cb AND ($country IS NULL OR ca = $country OR cb = $country)
WITH substring(m.date, 0, 7) AS month, t, [ca, cb] AS countries, count(DISTINCT m) AS count
ORDER BY month, count DESC, t.name, countries
RETURN month, t { .id, label: 'Topic', .name, aliases: coalesce(t.aliases, []) } AS topic, countries, count
