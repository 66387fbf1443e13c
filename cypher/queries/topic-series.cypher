// TopicTrends' topics as a chart draws them: the $top topics with the most meetings in the window, month by month,
// and the others summed (fragments/series-record). A topic is [id, name, aliases].
// $from, $to: 'YYYY-MM-DD' or null; $country: ISO code or null; $top: how many topics to keep
// @include fragments/trend-window
// @include fragments/topic-month-counts
WITH month, tp AS s, sum(n) AS count
// @include fragments/series-record by=s.name,s.id tuple=[x.s.id,x.s.name,coalesce(x.s.aliases,[])]
