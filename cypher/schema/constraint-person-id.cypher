// Uniqueness of Person.id: the MERGE key of every Person (and the index lookups by id use it).
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE
