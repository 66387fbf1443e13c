// The articles that mention each node, newest first, one keyset page per node (fragments/mention-page), each with the
// sentence of its first mention, optionally within a window of article dates; `total`: how many articles mention it
// (with no window, its MENTIONS degree, a count kept by Neo4j; in a window, the window's entries of the index).
// $ids: node ids; $from, $to: 'YYYY-MM-DD' or null; $count: whether to count them (null otherwise); $limit: page
// size + 1; $afterSort: the last row's date ('YYYY-MM-DD', '' when undated) or null; $afterId: its article id or null
UNWIND $ids AS id
// @include fragments/entity-by-id n=x id=id
WITH id, x, null AS anyFact
// @include fragments/mention-page x=x key=anyFact from=$from to=$to rows=rows limit=$limit afterSort=$afterSort afterId=$afterId
RETURN id, rows, CASE
  WHEN NOT $count THEN null
  WHEN $from IS NULL AND $to IS NULL THEN COUNT { (x)<-[:MENTIONS]-() }
  ELSE COUNT {
    MATCH ()-[r:MENTIONS]->(x) USING INDEX SEEK r:MENTIONS(node, date)
    WHERE r.node = id
    // @include fragments/mention-window r=r from=$from to=$to
  }
END AS total
