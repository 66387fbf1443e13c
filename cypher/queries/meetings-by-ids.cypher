// Meetings by id, with the selected children.
// $ids: meeting ids
// $with: {place, participants, topics, sources} booleans: which children to prefetch (the fields the request selects);
//   {meetingDetail, personDetail, topicDetail}: whether the request selects more than id, label, name (and kind, date, format, status)
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
// @include fragments/meeting-children m=m
RETURN
  // @include fragments/meeting-map m=m
  AS meeting
