// Meetings per month per topic, for charts; only meetings dated to a month or a day count.
// $from, $to: 'YYYY-MM-DD' or null (the meeting's dates must overlap the window); $country: ISO code or null (held there or attended for it)
MATCH (m:Meeting)-[:DISCUSSED]->(t:Topic)
WHERE m.datePrecision IN ['day', 'month'] AND m.date IS NOT NULL
  AND ($from IS NULL OR m.dateEnd >= date($from))
  AND ($to IS NULL OR m.dateStart <= date($to))
  AND ($country IS NULL
    OR EXISTS { (m)-[:HELD_IN]->(:Place)-[:IN_COUNTRY]->(:Country {id: $country}) }
    OR EXISTS { (m)<-[:ATTENDED]-(:Person)-[:REPRESENTS]->(:Country {id: $country}) })
WITH substring(m.date, 0, 7) AS month, t, count(DISTINCT m) AS count
ORDER BY month, count DESC, t.name, t.id
RETURN month, t { .id, label: 'Topic', .name, aliases: coalesce(t.aliases, []) } AS topic, count
