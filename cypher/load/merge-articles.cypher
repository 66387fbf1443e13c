// Creates the batch's Article nodes (the caller has skipped unchanged ones and removed replaced ones).
// $rows: [{id, key, title, source, url, file, date}]
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH a, row, a.key IS NULL AS isNew
SET a.key = row.key, a.title = row.title, a.source = row.source, a.url = row.url, a.file = row.file,
    a.date = date(row.date), a.firstSeen = date(row.date), a.lastSeen = date(row.date),
    a.loadedAt = coalesce(a.loadedAt, datetime())
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS nodesCreated, 0 AS relationshipsCreated
