// The articles that mention each node, newest first, one keyset page per node (fragments/mention-page), each with the
// sentence of its first mention; `total`: how many articles mention it (its MENTIONS degree, a count kept by Neo4j).
// $nodes: [{id, label}] (label: Person, Organization, Country, Place or Topic)
// $limit: page size + 1; $afterSort: the last row's date ('YYYY-MM-DD', '' when undated) or null; $afterId: its article id or null
UNWIND $nodes AS n
CALL (n) {
  MATCH (x:Person {id: n.id}) WHERE n.label = 'Person' RETURN x
  UNION
  MATCH (x:Organization {id: n.id}) WHERE n.label = 'Organization' RETURN x
  UNION
  MATCH (x:Country {id: n.id}) WHERE n.label = 'Country' RETURN x
  UNION
  MATCH (x:Place {id: n.id}) WHERE n.label = 'Place' RETURN x
  UNION
  MATCH (x:Topic {id: n.id}) WHERE n.label = 'Topic' RETURN x
}
WITH n, x, null AS anyFact
// @include fragments/mention-page x=x key=anyFact rows=rows limit=$limit afterSort=$afterSort afterId=$afterId
RETURN n.id AS id, n.label AS label, COUNT { (x)<-[:MENTIONS]-() } AS total, rows
