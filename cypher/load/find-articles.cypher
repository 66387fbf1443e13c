// Which of the batch's articles are already loaded (same body) and which replace an older body with the same key.
// $rows: [{id, key}]
UNWIND $rows AS row
OPTIONAL MATCH (same:Article {id: row.id})
OPTIONAL MATCH (holder:Article {key: row.key})
RETURN row.id AS id, same IS NOT NULL AS exists, holder.id AS keyHolder
