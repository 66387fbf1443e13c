// Nodes within 1 hop of a named node over fact relationships only (no REPORTS/MENTIONS): see fragments/neighborhood.
// @include fragments/neighborhood hops=1 types=ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY near=ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY mentions=false every=true
