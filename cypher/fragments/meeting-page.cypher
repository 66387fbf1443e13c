// The nodes of one keyset page of meetings: {{page}} is a list of {m, k} (k: the sort date); yields `nodes`, a list of
// [sort, meeting] with each meeting mapped by fragments/meeting-map and its children by fragments/meeting-children.
CALL ({{page}}) {
  UNWIND {{page}} AS x
  WITH x.m AS m, x.k AS k
  // @include fragments/meeting-children m=m
  RETURN collect([toString(k),
    // @include fragments/meeting-map m=m
  ]) AS nodes
}
