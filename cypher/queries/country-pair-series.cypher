// TopicTrends' country pairs as a chart draws them: the $top pairs with the most topic discussions (a meeting counts
// once per topic, as a chart stacked by topic does) in the window, month by month, and the others summed
// (fragments/series-record). A pair is its two ISO codes, sorted.
// $from, $to: 'YYYY-MM-DD' or null; $country: ISO code or null (only pairs that include it); $top: how many pairs to keep
// @include fragments/trend-window
// @include fragments/pair-month-counts
WITH month, countries AS s, sum(n) AS count
// @include fragments/series-record by=s[0],s[1] tuple=x.s
