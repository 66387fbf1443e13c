// Nodes within 1 hop of a named node and the relationships among them: see fragments/neighborhood.
// @include fragments/neighborhood hops=1
