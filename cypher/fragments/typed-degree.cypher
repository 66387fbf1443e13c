// How many relationships of the types in $types {{n}} has: fragments/typed-degrees summed (degree lookups only).
reduce(total = 0, x IN
  // @include fragments/typed-degrees n={{n}}
  | total + x[1])
