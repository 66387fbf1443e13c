// Uniqueness of Topic.id: the MERGE key of every Topic (and the index lookups by id use it).
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE
