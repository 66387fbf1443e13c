// Nodes within 2 hops of a named node over the types a request names ($types): see fragments/neighborhood.
// @include fragments/neighborhood hops=2 types=ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY|REPORTS|MENTIONS near=ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY|REPORTS mentions=true every=false
