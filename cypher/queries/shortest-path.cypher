// The shortest chain between two nodes over the allowed relationship types, at most 8 hops (the API bounds it lower).
// $fromId, $toId: element ids from resolve-entities; $types: whitelisted relationship type names; $maxHops: 1..8
MATCH (a) WHERE elementId(a) = $fromId
MATCH (b) WHERE elementId(b) = $toId
MATCH p = ANY SHORTEST (a) (()-[r]-() WHERE type(r) IN $types){1,8} (b)
WHERE length(p) <= $maxHops
RETURN
  [n IN nodes(p) | {
    id: n.id, name: coalesce(n.name, n.title, n.id),
    label: [l IN labels(n) WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0],
    date: toString(coalesce(n.date, n.dateStart)), kind: n.kind, title: n.title, country: CASE WHEN n:Country THEN n.id ELSE n.country END
  }] AS nodes,
  [x IN relationships(p) | {
    source: startNode(x).id, target: endNode(x).id, type: type(x), title: x.title, since: x.since, until: x.until,
    sourceCount: size(coalesce(x.articles, []))
  }] AS edges
