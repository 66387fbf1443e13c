// A country's pair buckets where it sorts first (TopicTrends' country pairs with a country).
CREATE RANGE INDEX pair_month_a IF NOT EXISTS FOR (b:PairMonth) ON (b.a)
