// Meetings in a date window involving a country (held there, or a participant represents it), newest first (keyset page).
// $from, $to: 'YYYY-MM-DD' or null (a meeting counts when its date range overlaps the window; undated ones only when
//   both are null); $country: ISO code or null
// $limit: page size + 1, $afterSort: 'YYYY-MM-DD' of the last row seen or null, $afterId: its id or null
// $with: {place, participants, topics, sources} booleans: which children to prefetch (the fields the request selects);
//   {meetingDetail, personDetail, topicDetail}: whether the request selects more than id, label, name (and kind, date, format, status)
// Read from the loader's (:MeetingDay) buckets (fragments/meeting-tallies), so the cost follows the page and the days
// of the window, not its meetings: the total sums bucket degrees (a meeting dated to a month or a year covers all of
// it, so it overlaps the window when its bucket's month or year does), the page walks the buckets newest first.
WITH coalesce($country, '*') AS c,
  CASE WHEN $from IS NULL THEN null ELSE date($from) END AS f,
  CASE WHEN $to IS NULL THEN null ELSE date($to) END AS t
WITH c, f, t,
  c + '|' + CASE
    WHEN f IS NOT NULL THEN toString(date({ year: f.year, month: 1, day: 1 }))
    WHEN t IS NOT NULL THEN '0001-01-02'
    ELSE ''
  END AS lo,
  c + '|' + CASE WHEN t IS NULL THEN '9999-12-31' ELSE toString(t) END AS hi
CALL (c, f, lo, hi) {
  MATCH (b:MeetingDay) WHERE b.key >= lo AND b.key <= hi
  // a day from the window's start on counts whole, in one degree read (the key, read by the seek, orders as the day);
  // before it (its first year), by precision
  RETURN sum(CASE
    WHEN f IS NULL OR b.key >= c + '|' + toString(f) THEN COUNT { (b)-[:ON_DAY|IN_MONTH|IN_YEAR|UNDATED]->() }
    ELSE
      CASE WHEN b.day >= date({ year: f.year, month: f.month, day: 1 }) THEN COUNT { (b)-[:IN_MONTH]->() } ELSE 0 END
      + COUNT { (b)-[:IN_YEAR]->() }
      + COUNT { (b)-[:UNDATED]->() }
  END) AS total
}
CALL (c, f, lo, hi) {
  WITH f, lo, CASE WHEN $afterSort IS NOT NULL AND c + '|' + $afterSort < hi THEN c + '|' + $afterSort ELSE hi END AS top
  MATCH (b:MeetingDay) WHERE b.key >= lo AND b.key <= top
  WITH f, b ORDER BY b.key DESC
  CALL (f, b) {
    MATCH (b)-[:ON_DAY|IN_MONTH|IN_YEAR|UNDATED]->(m:Meeting)
    WHERE (f IS NULL OR m.dateEnd >= f) AND ($afterId IS NULL OR b.day < date($afterSort) OR m.id > $afterId)
    RETURN m ORDER BY m.id
  }
  WITH m, b.day AS k LIMIT toInteger($limit)
  RETURN collect({ m: m, k: k }) AS page
}
// @include fragments/meeting-page page=page
RETURN total, nodes
