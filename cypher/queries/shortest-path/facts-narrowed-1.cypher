// The shortest chain over the fact types a request names ($types), at most 1 hops: see fragments/shortest-path.
// @include fragments/shortest-path hops=1 types=ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY every=false
