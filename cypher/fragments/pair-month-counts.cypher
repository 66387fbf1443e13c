// Meetings per month per topic per pair of countries represented at them (both codes sorted) in TopicTrends' window
// (after fragments/trend-window): yields month, tp, countries, n (rows may repeat: sum them). Months the window covers
// whole are the degrees of the loader's (:PairMonth) buckets (fragments/meeting-tallies); the months it cuts are
// counted from their meetings. $country: ISO code or null (only pairs that include it)
CALL (c, f, t, fm, lm, cut) {
  CALL () {
    MATCH (b:PairMonth) WHERE b.a = $country
    RETURN b
    UNION
    MATCH (b:PairMonth) WHERE b.b = $country
    RETURN b
    UNION
    WITH 1 AS everyPair WHERE $country IS NULL
    MATCH (b:PairMonth)
    RETURN b
  }
  WITH b WHERE b.month >= fm AND b.month <= lm
  WITH b, COUNT { (b)-[:COUNTS]->() } AS n WHERE n > 0
  MATCH (b)-[:OF_TOPIC]->(tp:Topic)
  RETURN b.month AS month, tp, [b.a, b.b] AS countries, n
  UNION ALL
  UNWIND cut AS month
  MATCH (b:MeetingDay) WHERE b.key >= c + '|' + month + '-01' AND b.key <= c + '|' + month + '-31'
  MATCH (b)-[:ON_DAY|IN_MONTH]->(m:Meeting)
  WHERE (f IS NULL OR m.dateEnd >= f) AND (t IS NULL OR m.dateStart <= t) AND m.date IS NOT NULL
  // the countries represented at each meeting, read once per meeting (not once per topic it discussed)
  WITH month, m, COLLECT { MATCH (m)<-[:ATTENDED]-(:Person)-[:REPRESENTS]->(x:Country) RETURN DISTINCT x.id ORDER BY x.id } AS codes
  WHERE size(codes) > 1 AND ($country IS NULL OR $country IN codes)
  MATCH (m)-[:DISCUSSED]->(tp:Topic)
  UNWIND codes AS ca
  UNWIND codes AS cb
  WITH month, m, tp, ca, cb
  WHERE ca < cb AND ($country IS NULL OR ca = $country OR cb = $country)
  RETURN month, tp, [ca, cb] AS countries, count(DISTINCT m) AS n
}
