// An Organization as the API maps it (type Organization), its country prefetched. {{o}}: the organization variable.
{{o}} {
  .id, label: 'Organization', .name, .kind, aliases: coalesce({{o}}.aliases, []), countryCode: {{o}}.country,
  country: COLLECT { MATCH (orgCountry:Country {id: {{o}}.country}) RETURN orgCountry { .id, label: 'Country', .name } }[0]
}
