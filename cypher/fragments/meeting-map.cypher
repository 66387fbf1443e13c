// A Meeting as the API maps it (type Meeting) with the children variables place, participants, topics, sources
// (from fragments/meeting-children). Unless $with.meetingDetail, only id, name, kind, date, format, status and the
// children, as a list in the order src/api/meeting/meeting-children.ts reads it: Bolt sends no key per value, and a
// page of 100 meetings as maps cost Node about 3.7 ms more CPU to decode (the same with their places as maps).
// {{m}}: the meeting variable
CASE WHEN $with.meetingDetail THEN {{m}} {
  // @include fragments/meeting-fields m={{m}}
  , place: place, participants: participants, topics: topics, sources: sources
} ELSE [{{m}}.id, {{m}}.name, {{m}}.kind, {{m}}.date, {{m}}.format, coalesce({{m}}.status, 'held'), place, participants, topics, sources] END
