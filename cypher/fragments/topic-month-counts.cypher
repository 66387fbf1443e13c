// Meetings per month per topic in TopicTrends' window (after fragments/trend-window): yields month, tp (the topic), n
// (rows of one month and topic may repeat: sum them). Months the window covers whole are the degrees of the loader's
// (:TopicMonth) buckets (fragments/meeting-tallies), so the cost follows the months and topics, not the meetings; the
// months it cuts are counted from their meetings. $country: ISO code or null
CALL (c, f, t, fm, lm, cut) {
  MATCH (b:TopicMonth) WHERE b.key >= c + '|' + fm AND b.key < c + '|' + lm + '|~'
  WITH b, COUNT { (b)-[:COUNTS]->() } AS n WHERE n > 0
  MATCH (b)-[:OF_TOPIC]->(tp:Topic)
  RETURN b.month AS month, tp, n
  UNION ALL
  UNWIND cut AS month
  MATCH (b:MeetingDay) WHERE b.key >= c + '|' + month + '-01' AND b.key <= c + '|' + month + '-31'
  MATCH (b)-[:ON_DAY|IN_MONTH]->(m:Meeting)
  WHERE (f IS NULL OR m.dateEnd >= f) AND (t IS NULL OR m.dateStart <= t) AND m.date IS NOT NULL
  MATCH (m)-[:DISCUSSED]->(tp:Topic)
  RETURN month, tp, count(DISTINCT m) AS n
}
