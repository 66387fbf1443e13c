// A series statement's one record, from rows `month, s, count` (s: what a series is, {{by}}: its order among equal
// totals): months (every month with a count, ascending), series (the $top with the largest totals as [{{tuple}} of x.s,
// total, [[month, count]]]), others (how many more) and other (their counts summed per month as [month, count]).
// Only the kept series travel: on the 100k-article graph the rows of all series were 250-560 KB to send and decode.
// $top: how many series to keep (0: months only)
WITH s, sum(count) AS total, collect([month, count]) AS points
ORDER BY total DESC, {{by}}
WITH collect({ s: s, total: total, points: points }) AS ranked
RETURN
  COLLECT { UNWIND ranked AS x UNWIND x.points AS p RETURN DISTINCT p[0] AS month ORDER BY month } AS months,
  [x IN ranked[0..$top] | [{{tuple}}, x.total, x.points]] AS series,
  CASE WHEN size(ranked) > $top THEN size(ranked) - $top ELSE 0 END AS others,
  COLLECT {
    UNWIND ranked[$top..] AS x
    UNWIND x.points AS p
    WITH p[0] AS month, sum(p[1]) AS n
    ORDER BY month
    RETURN [month, n]
  } AS other
