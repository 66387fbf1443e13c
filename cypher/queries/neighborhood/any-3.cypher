// Nodes within 3 hops of a named node over any relationship types of the model: see fragments/neighborhood.
// @include fragments/neighborhood hops=3 types=ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY|REPORTS|MENTIONS near=ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY|REPORTS mentions=true every=true
