// Uniqueness of Place.id: the MERGE key of every Place (and the index lookups by id use it).
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE
