// Uniqueness of Meeting.id: the MERGE key of every Meeting (and the index lookups by id use it).
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE
