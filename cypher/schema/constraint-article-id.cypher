// Uniqueness of Article.id: the MERGE key of every Article (and the index lookups by id use it).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE
