// The articles that mention each node, newest first, one keyset page per node (fragments/mention-page), each with the
// sentence of its first mention; `total`: how many articles mention it (its MENTIONS degree, a count kept by Neo4j).
// $ids: node ids; $limit: page size + 1; $afterSort: the last row's date ('YYYY-MM-DD', '' when undated) or null;
// $afterId: its article id or null
UNWIND $ids AS id
// @include fragments/entity-by-id n=x id=id
WITH id, x, null AS anyFact
// @include fragments/mention-page x=x key=anyFact rows=rows limit=$limit afterSort=$afterSort afterId=$afterId
RETURN id, COUNT { (x)<-[:MENTIONS]-() } AS total, rows
