// Meetings per month per topic, for charts; only meetings dated to a month or a day count.
// $from, $to: 'YYYY-MM-DD' or null (the meeting's dates must overlap the window); $country: ISO code or null (held there or attended for it)
// @include fragments/trend-window
// @include fragments/topic-month-counts
WITH month, tp, sum(n) AS count
ORDER BY month, count DESC, tp.name, tp.id
// @include fragments/trend-record row=[month,tp.id,count] tp=tp
