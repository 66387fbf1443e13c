// The children of meeting {{m}} that $with asks for, as unordered lists (pattern comprehensions are the cheapest form;
// the API orders them, meeting-children.ts): place, participants, topics, sources (null when not asked for). A place
// is a list (fragments/place-fields); a participant is [role, title, person]; a person or topic without detail is
// [id, name] (lists carry no keys over Bolt: a page of 100 meetings with ~12 topics each decoded as maps cost Node
// ~22 ms of CPU).
// $with: {place, participants, topics, sources, personDetail, topicDetail} booleans (see meeting-children.ts withParam)
CALL ({{m}}) {
  RETURN CASE WHEN $with.place THEN [({{m}})-[:HELD_IN]->(pl:Place) | [
      // @include fragments/place-fields pl=pl
    ]] END AS place,
    CASE WHEN $with.participants THEN [(p:Person)-[a:ATTENDED]->({{m}}) | [a.role, a.title,
      CASE WHEN $with.personDetail THEN
        // @include fragments/person-map p=p
        ELSE [p.id, p.name] END]] END AS participants,
    CASE WHEN $with.topics THEN [({{m}})-[:DISCUSSED]->(t:Topic) | CASE WHEN $with.topicDetail THEN
        // @include fragments/topic-map t=t
        ELSE [t.id, t.name] END] END AS topics,
    CASE WHEN $with.sources THEN [(a:Article)-[r:REPORTS]->({{m}}) |
      // @include fragments/source-map a=a r=r
    ] END AS sources
}
