// Loader-kept buckets of meetings by pair of represented countries, month and topic (TopicTrends' country pairs).
CREATE CONSTRAINT pair_month_key IF NOT EXISTS FOR (b:PairMonth) REQUIRE b.key IS UNIQUE
