// Range lookups of meetings by date window (MeetingsInRange, TopicTrends, timelines).
CREATE RANGE INDEX meeting_date_start IF NOT EXISTS FOR (n:Meeting) ON (n.dateStart)
