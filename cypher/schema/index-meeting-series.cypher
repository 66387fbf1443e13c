// Meetings by series and ordinal ("10th Vice Foreign Ministerial Strategic Dialogue"): the loader's second meeting identity rule.
CREATE RANGE INDEX meeting_series IF NOT EXISTS FOR (n:Meeting) ON (n.seriesKey, n.ordinal)
