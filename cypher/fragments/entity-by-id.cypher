// The node of any public label whose id is {{id}} (ids are unique across labels), bound to {{n}}; no row when none.
CALL ({{id}}) {
  MATCH ({{n}}:Person {id: {{id}}}) RETURN {{n}}
  UNION MATCH ({{n}}:Organization {id: {{id}}}) RETURN {{n}}
  UNION MATCH ({{n}}:Country {id: {{id}}}) RETURN {{n}}
  UNION MATCH ({{n}}:Place {id: {{id}}}) RETURN {{n}}
  UNION MATCH ({{n}}:Meeting {id: {{id}}}) RETURN {{n}}
  UNION MATCH ({{n}}:Topic {id: {{id}}}) RETURN {{n}}
  UNION MATCH ({{n}}:Article {id: {{id}}}) RETURN {{n}}
}
