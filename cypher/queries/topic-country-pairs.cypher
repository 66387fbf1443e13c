// Meetings per month per topic per pair of countries represented at them (both codes sorted), for charts.
// $from, $to: 'YYYY-MM-DD' or null; $country: ISO code or null (only pairs that include it)
// @include fragments/trend-window
// @include fragments/pair-month-counts
WITH month, tp, countries, sum(n) AS count
ORDER BY month, count DESC, tp.name, countries
// @include fragments/trend-record row=[month,tp.id,countries,count] tp=tp
