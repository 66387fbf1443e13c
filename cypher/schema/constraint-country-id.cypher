// Uniqueness of Country.id: the MERGE key of every Country (and the index lookups by id use it).
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE
