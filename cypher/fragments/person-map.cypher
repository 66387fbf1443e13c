// A Person as the API maps it (type Person), its country prefetched. {{p}}: the person variable.
{{p}} {
  .id, label: 'Person', .name, aliases: coalesce({{p}}.aliases, []), .title, countryCode: {{p}}.country, firstSeen: toString({{p}}.firstSeen), lastSeen: toString({{p}}.lastSeen),
  country: COLLECT { MATCH (personCountry:Country {id: {{p}}.country}) RETURN personCountry { .id, label: 'Country', .name } }[0]
}
