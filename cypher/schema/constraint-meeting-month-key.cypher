// Uniqueness of MeetingMonth.key ('<country>|<YYYY-MM>'): one month bucket per country, merged by the loader's tallies.
CREATE CONSTRAINT meeting_month_key IF NOT EXISTS FOR (b:MeetingMonth) REQUIRE b.key IS UNIQUE
