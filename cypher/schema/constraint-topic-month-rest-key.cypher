// Loader-kept buckets of the meetings TopicMonth leaves out (dated to a year, or undated), by month and topic.
CREATE CONSTRAINT topic_month_rest_key IF NOT EXISTS FOR (b:TopicMonthRest) REQUIRE b.key IS UNIQUE
