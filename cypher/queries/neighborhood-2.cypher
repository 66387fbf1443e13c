// Nodes within 2 hops of a named node and the relationships among them: see fragments/neighborhood.
// @include fragments/neighborhood hops=2
