// The children of each meeting a request selects (place, participants, topics, sources), for the meeting loaders.
// $ids: meeting ids
// $with: {place, participants, topics, sources} booleans: which children to fetch
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
// @include fragments/meeting-children m=m
RETURN id, { place: place, participants: participants, topics: topics, sources: sources } AS children
