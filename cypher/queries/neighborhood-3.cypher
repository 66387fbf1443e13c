// Nodes within 3 hops of a named node and the relationships among them: see fragments/neighborhood.
// @include fragments/neighborhood hops=3
