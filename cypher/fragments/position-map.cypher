// A Position as the API maps it (type Position): HOLDS_POSITION {{h}} from person {{p}} to organization {{o}}. Its
// sources are paged apart (queries/fact-sources: the MENTIONS of {{p}} that list the fact).
{ title: {{h}}.title, since: {{h}}.since, until: {{h}}.until, sourceCount: coalesce({{h}}.sourceCount, 0),
  person:
    // @include fragments/person-map p={{p}}
  , organization:
    // @include fragments/organization-map o={{o}}
}
