// Articles by publication date, for source listings in date order.
CREATE RANGE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date)
