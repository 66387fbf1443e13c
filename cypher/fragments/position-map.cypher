// A Position as the API maps it (type Position): HOLDS_POSITION {{h}} from person {{p}} to organization {{o}}. Its
// sources are paged apart (queries/fact-sources: the MENTIONS of {{p}} that list the fact).
// {{detail}}: false when the request selects no more than id, label, name of the person and the organization (their
// full maps, with a country lookup each, cost half the statement's Neo4j CPU in an organization's 100 positions)
{ title: {{h}}.title, since: toString({{h}}.since), until: toString({{h}}.until), sourceCount: coalesce({{h}}.sourceCount, 0),
  person: CASE WHEN {{detail}} THEN
    // @include fragments/person-map p={{p}}
    ELSE {{p}} { .id, label: 'Person', .name } END,
  organization: CASE WHEN {{detail}} THEN
    // @include fragments/organization-map o={{o}}
    ELSE {{o}} { .id, label: 'Organization', .name } END
}
