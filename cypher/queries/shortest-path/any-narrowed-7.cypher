// The shortest chain over the types a request names ($types), at most 7 hops: see fragments/shortest-path.
// @include fragments/shortest-path hops=7 types=ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY|REPORTS|MENTIONS every=false
