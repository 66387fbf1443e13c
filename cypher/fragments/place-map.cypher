// A Place as the API maps it (type Place), its country prefetched. {{pl}}: the place variable.
{{pl}} { .id, label: 'Place', .name, countryCode: {{pl}}.country,
  country: [({{pl}})-[:IN_COUNTRY]->(placeCountry:Country) | placeCountry { .id, label: 'Country', .name }][0] }
