// Loader-kept buckets of meetings by country, month and topic (TopicTrends counts by degrees, not by reading meetings).
CREATE CONSTRAINT topic_month_key IF NOT EXISTS FOR (b:TopicMonth) REQUIRE b.key IS UNIQUE
