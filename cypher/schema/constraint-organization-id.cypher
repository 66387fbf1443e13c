// Uniqueness of Organization.id: the MERGE key of every Organization (and the index lookups by id use it).
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE
