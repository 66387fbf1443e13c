// Uniqueness of GraphVersion.id: the MERGE key of the one node that counts committed writes (response cache keys).
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE
