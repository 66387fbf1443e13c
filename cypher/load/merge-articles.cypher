// Creates the batch's Article nodes (the caller has skipped unchanged ones and removed replaced ones).
// $rows: [{id, key, title, source, url, file, date}]
UNWIND $rows AS row
OPTIONAL MATCH (old:Article {id: row.id})
MERGE (a:Article {id: row.id})
ON CREATE SET a.loadedAt = datetime()
SET a.key = row.key, a.title = row.title, a.source = row.source, a.url = row.url, a.file = row.file,
    a.date = date(row.date), a.firstSeen = date(row.date), a.lastSeen = date(row.date)
RETURN count(*) - count(old) AS nodesCreated, 0 AS relationshipsCreated
