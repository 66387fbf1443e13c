// The shortest chain over every fact relationship type (no REPORTS/MENTIONS), at most 3 hops: see fragments/shortest-path.
// @include fragments/shortest-path hops=3 types=ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY every=true
