// A Meeting as the API maps it (type Meeting) with the children variables place, participants, topics, sources
// (from fragments/meeting-children); only id, label, name, kind, date, format, status unless $with.meetingDetail.
// {{m}}: the meeting variable
CASE WHEN $with.meetingDetail THEN {{m}} {
  // @include fragments/meeting-fields m={{m}}
  , place: place, participants: participants, topics: topics, sources: sources
} ELSE {{m}} { .id, label: 'Meeting', .name, .kind, .date, .format, status: coalesce({{m}}.status, 'held'), place: place, participants: participants, topics: topics, sources: sources } END
