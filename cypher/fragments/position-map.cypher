// A Position as the API maps it (type Position): HOLDS_POSITION {{h}} from person {{p}} to organization {{o}}, with the
// articles that show it (oldest first) when {{sources}} is true, else [].
{ title: {{h}}.title, since: {{h}}.since, until: {{h}}.until,
  person:
    // @include fragments/person-map p={{p}}
  , organization:
    // @include fragments/organization-map o={{o}}
  , sources: CASE WHEN {{sources}} THEN COLLECT {
    MATCH (a:Article) WHERE a.id IN coalesce({{h}}.articles, [])
    OPTIONAL MATCH (a)-[r:MENTIONS]->({{p}})
    RETURN
      // @include fragments/source-map a=a r=r
    ORDER BY a.date, a.id
  } ELSE [] END
}
