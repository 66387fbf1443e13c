// Uniqueness of Article.key (URL, else source and title, else file name): re-loading an edited article replaces it.
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE
