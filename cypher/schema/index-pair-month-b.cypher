// A country's pair buckets where it sorts second (TopicTrends' country pairs with a country).
CREATE RANGE INDEX pair_month_b IF NOT EXISTS FOR (b:PairMonth) ON (b.b)
