// How many articles name each node per month (YYYY-MM), oldest first, within an optional window of article dates;
// undated articles left out, months with none absent. A range of the (node, date) index: it costs the window's
// entries (the articles that name the node in it), read in date order and counted per month.
// $ids: node ids; $from, $to: 'YYYY-MM-DD' or null
UNWIND $ids AS id
// @include fragments/entity-by-id n=x id=id
CALL (x, id) {
  MATCH ()-[r:MENTIONS]->(x) USING INDEX SEEK r:MENTIONS(node, date)
  WHERE r.node = id
    // undated articles left out: '0' is above '' (undated) and below every date
    // @include fragments/mention-window r=r from=coalesce($from,'0') to=$to
  WITH substring(r.date, 0, 7) AS month, count(*) AS count
  ORDER BY month
  RETURN collect({ month: month, count: count }) AS months
}
RETURN id, months
