// The meetings of a date window, bound to m, each once: overlapping $from..$to (undated ones only when both are null)
// and, with $country, held in that country or attended by someone representing it. With a country they come from
// its edges (testing every meeting of the window by subqueries reads each attendee's edges again per meeting: 2-3x
// the Neo4j CPU); without one, from a range seek on the meeting_date_start index when the window has an end.
// $from, $to: 'YYYY-MM-DD' or null; $country: ISO code or null
CALL () {
  WITH 1 AS everyMeeting WHERE $country IS NULL AND $to IS NULL
  MATCH (m:Meeting)
  RETURN m
  UNION
  WITH 1 AS windowEnd WHERE $country IS NULL AND $to IS NOT NULL
  // the hint keeps the seek on a young graph too, whose statistics favour a scan
  MATCH (m:Meeting) USING INDEX SEEK m:Meeting(dateStart)
  WHERE m.dateStart <= date($to)
  RETURN m
  UNION
  MATCH (:Country {id: $country})<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(m:Meeting)
  RETURN m
  UNION
  MATCH (:Country {id: $country})<-[:IN_COUNTRY]-(:Place)<-[:HELD_IN]-(m:Meeting)
  RETURN m
}
WITH m WHERE ($from IS NULL OR m.dateEnd >= date($from)) AND ($to IS NULL OR m.dateStart <= date($to))
