// The node a typed name (or id) means, of any public label, bound to {{n}} (null when none): exact id first, then
// people, organizations, countries, places, topics, meetings and articles (these two by id); within a label the most
// recently seen; last, a one-word name only one person's full name holds.
// {{q}}: a variable holding {name, key, pkey, code} (name as typed, foldName, personKey, ISO code it may name or null)
// Two stages, same answer: index seeks first; the scan of countries by folded name and the family-name branch run
// only when no seek found a node that outranks them (a person's name never scans the countries).
OPTIONAL CALL ({{q}}) {
  OPTIONAL CALL ({{q}}) {
    CALL ({{q}}) {
      MATCH (n:Person {id: {{q}}.name}) RETURN n, 1 AS rank
      UNION
      MATCH (n:Person {personKey: {{q}}.pkey}) RETURN n, 1 AS rank
      UNION
      // Exact key lookups: one seek on the NameKey constraint's index, then its KEY_OF edges (a person by personKey
      // too); hinted, as a small graph's statistics may otherwise plan a scan of the index.
      MATCH (k:NameKey {key: {{q}}.key})-[:KEY_OF]->(n) USING INDEX SEEK k:NameKey(key)
      RETURN n, CASE WHEN n:Person THEN 1 WHEN n:Organization THEN 2 WHEN n:Place THEN 4 WHEN n:Topic THEN 5 ELSE 6 END AS rank
      UNION
      MATCH (k:NameKey {key: {{q}}.pkey})-[:KEY_OF]->(n:Person) USING INDEX SEEK k:NameKey(key)
      RETURN n, 1 AS rank
      UNION
      MATCH (n:Organization {id: {{q}}.name}) RETURN n, 2 AS rank
      UNION
      MATCH (n:Country) WHERE n.id = {{q}}.name OR n.id = {{q}}.code
      RETURN n, 3 AS rank
      UNION
      MATCH (n:Place {id: {{q}}.name}) RETURN n, 4 AS rank
      UNION
      MATCH (n:Topic {id: {{q}}.name}) RETURN n, 5 AS rank
      UNION
      MATCH (n:Meeting {id: {{q}}.name})
      RETURN n, 6 AS rank
      UNION
      MATCH (n:Article {id: {{q}}.name})
      RETURN n, 6 AS rank
    }
    WITH n, CASE WHEN n.id = {{q}}.name THEN 0 ELSE rank END AS rank
    RETURN n AS sought, rank AS soughtRank ORDER BY rank, n.lastSeen DESC, n.id LIMIT 1
  }
  CALL ({{q}}, sought, soughtRank) {
    WITH sought, soughtRank WHERE sought IS NOT NULL
    RETURN sought AS n, soughtRank AS rank
    UNION
    // Countries have no NameKey: their few nodes are compared by folded name.
    WITH {{q}} AS q WHERE sought IS NULL OR soughtRank >= 3
    // a subquery, so that the planner cannot fold the test above into a filter after the scan
    CALL (q) {
      MATCH (n:Country) WHERE q.key = toLower(replace(n.name, ' ', ''))
      RETURN n
    }
    RETURN n, CASE WHEN n.id = q.name THEN 0 ELSE 3 END AS rank
    UNION
    WITH {{q}} AS q WHERE sought IS NULL
    // @include fragments/person-by-family-name p=n key=q.key rank=7
  }
  RETURN n AS {{n}} ORDER BY rank, n.lastSeen DESC, n.id LIMIT 1
}
