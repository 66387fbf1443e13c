// A node of any public label as the API maps its type (the Entity interface): one fragment per label. {{n}}: the node.
CASE
  WHEN {{n}}:Person THEN
    // @include fragments/person-map p={{n}}
  WHEN {{n}}:Organization THEN
    // @include fragments/organization-map o={{n}}
  WHEN {{n}}:Country THEN
    // @include fragments/country-map c={{n}}
  WHEN {{n}}:Place THEN
    // @include fragments/place-map pl={{n}}
  WHEN {{n}}:Topic THEN
    // @include fragments/topic-map t={{n}}
  WHEN {{n}}:Meeting THEN {{n}} {
    // @include fragments/meeting-fields m={{n}}
  }
  WHEN {{n}}:Article THEN
    // @include fragments/article-map a={{n}}
END
