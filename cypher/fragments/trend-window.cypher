// The months of TopicTrends' window, for the loader's buckets (fragments/meeting-tallies): yields f, t (the window's
// dates or null), c (the country or '*'), fm and lm (the first and last month the window covers whole, as 'YYYY-MM';
// fm > lm when none) and cut (the at most two months it covers in part: their meetings are read, not their buckets).
// $from, $to: 'YYYY-MM-DD' or null; $country: ISO code or null
WITH coalesce($country, '*') AS c,
  CASE WHEN $from IS NULL THEN null ELSE date($from) END AS f,
  CASE WHEN $to IS NULL THEN null ELSE date($to) END AS t
WITH c, f, t,
  CASE
    WHEN f IS NULL THEN ''
    WHEN f.day = 1 THEN substring(toString(f), 0, 7)
    ELSE substring(toString(f + duration({ months: 1 })), 0, 7)
  END AS fm,
  CASE
    WHEN t IS NULL THEN '9999-12'
    WHEN (t + duration({ days: 1 })).day = 1 THEN substring(toString(t), 0, 7)
    ELSE substring(toString(t - duration({ months: 1 })), 0, 7)
  END AS lm
WITH c, f, t, fm, lm, COLLECT {
  UNWIND [CASE WHEN f IS NOT NULL THEN substring(toString(f), 0, 7) END, CASE WHEN t IS NOT NULL THEN substring(toString(t), 0, 7) END] AS x
  WITH DISTINCT x WHERE x IS NOT NULL AND (x < fm OR x > lm)
  RETURN x
} AS cut
