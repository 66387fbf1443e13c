// Meetings in a date window involving a country (held there, or a participant represents it), newest first (keyset page).
// $from, $to: 'YYYY-MM-DD' or null (a meeting counts when its date range overlaps the window; undated ones only when
//   both are null); $country: ISO code or null
// $limit: page size + 1, $afterSort: 'YYYY-MM-DD' of the last row seen or null, $afterId: its id or null
// $with: {place, participants, topics, sources} booleans: which children to prefetch (the fields the request selects);
//   {meetingDetail, personDetail, topicDetail}: whether the request selects more than id, label, name (and kind, date, format, status)
// Read from the loader's buckets (fragments/meeting-tallies), so the cost follows the page and the months of the
// window, not its meetings: the total sums the degrees of the (:MeetingMonth) buckets of its whole months and of the
// (:MeetingDay) buckets of its cut months' days (a meeting dated to a month or a year covers all of it, so it overlaps
// the window when its bucket's month or year does); the page walks the day buckets newest first.
WITH coalesce($country, '*') AS c,
  CASE WHEN $from IS NULL THEN null ELSE date($from) END AS f,
  CASE WHEN $to IS NULL THEN null ELSE date($to) END AS t
// the window's first and last day (with no start, from 0001-01-02: undated meetings sit on 0001-01-01 and count only
// when both ends are open)
WITH c, f,
  coalesce(f, CASE WHEN t IS NULL THEN date('0001-01-01') ELSE date('0001-01-02') END) AS fe,
  coalesce(t, date('9999-12-31')) AS te
CALL (c, f, fe, te) {
  // the window's whole months, from the first month that starts in it to the last that ends in it
  WITH c, f, fe, te,
    CASE WHEN fe.day = 1 THEN fe ELSE date.truncate('month', fe) + duration('P1M') END AS ms,
    date.truncate('month', te + duration('P1D')) - duration('P1M') AS me
  CALL (c, ms, me) {
    MATCH (b:MeetingMonth) WHERE b.key >= c + '|' + left(toString(ms), 7) AND b.key <= c + '|' + left(toString(me), 7)
    RETURN sum(COUNT { (b)-[:COUNTS]->() }) AS months
  }
  // the days of its cut months, whole
  CALL (c, fe, te, ms, me) {
    // (empty spans leave the list before the seek: a key range from '+10000-…' would read every day)
    UNWIND [s IN CASE WHEN ms <= me THEN [[fe, ms - duration('P1D')], [me + duration('P1M'), te]] ELSE [[fe, te]] END
      WHERE s[0] <= s[1]] AS span
    MATCH (b:MeetingDay) WHERE b.key >= c + '|' + toString(span[0]) AND b.key <= c + '|' + toString(span[1])
    RETURN sum(COUNT { (b)-[:ON_DAY|IN_MONTH|IN_YEAR|UNDATED]->() }) AS days
  }
  // before the window in its first year, meetings dated to that year (bucketed on January 1st) or to the window's
  // first month (on its 1st day) overlap it; those dated to a day do not
  CALL (c, f, te) {
    WITH c, f, te WHERE f IS NOT NULL
    UNWIND CASE WHEN f.month = 1 THEN [date.truncate('year', f)]
      ELSE [date.truncate('year', f), date.truncate('month', f)] END AS d
    WITH c, f, d WHERE d < f AND d <= te
    MATCH (b:MeetingDay {key: c + '|' + toString(d)})
    RETURN sum(
      CASE WHEN d >= date.truncate('month', f) THEN COUNT { (b)-[:IN_MONTH]->() } ELSE 0 END
      + COUNT { (b)-[:IN_YEAR]->() }
      + COUNT { (b)-[:UNDATED]->() }
    ) AS before
  }
  RETURN months + days + before AS total
}
// the page starts from the window's first year: meetings dated to that year or month overlap it
CALL (c, f, fe, te) {
  WITH f, c + '|' + toString(CASE WHEN f IS NULL THEN fe ELSE date.truncate('year', f) END) AS lo,
    c + '|' + toString(te) AS hi
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
