// Countries by ISO code, for the country loader.
// $ids: ISO 3166-1 alpha-2 codes
UNWIND $ids AS id
MATCH (c:Country {id: id})
RETURN
  // @include fragments/country-map c=c
  AS country
