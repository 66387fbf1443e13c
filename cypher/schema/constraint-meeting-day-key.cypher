// Loader-kept buckets of meetings by country and start day (MeetingsInRange reads one page and counts by degrees).
CREATE CONSTRAINT meeting_day_key IF NOT EXISTS FOR (b:MeetingDay) REQUIRE b.key IS UNIQUE
