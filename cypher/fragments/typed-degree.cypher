// How many relationships of the types in $types {{n}} has, read from the degree store (no relationship is read on a
// node with many): a COUNT of a typed, unlabelled pattern is a degree lookup, so each whitelisted type is spelled out.
(CASE WHEN 'ATTENDED' IN $types THEN COUNT { ({{n}})-[:ATTENDED]-() } ELSE 0 END
  + CASE WHEN 'DISCUSSED' IN $types THEN COUNT { ({{n}})-[:DISCUSSED]-() } ELSE 0 END
  + CASE WHEN 'HELD_IN' IN $types THEN COUNT { ({{n}})-[:HELD_IN]-() } ELSE 0 END
  + CASE WHEN 'IN_COUNTRY' IN $types THEN COUNT { ({{n}})-[:IN_COUNTRY]-() } ELSE 0 END
  + CASE WHEN 'HOLDS_POSITION' IN $types THEN COUNT { ({{n}})-[:HOLDS_POSITION]-() } ELSE 0 END
  + CASE WHEN 'REPRESENTS' IN $types THEN COUNT { ({{n}})-[:REPRESENTS]-() } ELSE 0 END
  + CASE WHEN 'PART_OF' IN $types THEN COUNT { ({{n}})-[:PART_OF]-() } ELSE 0 END
  + CASE WHEN 'OF_COUNTRY' IN $types THEN COUNT { ({{n}})-[:OF_COUNTRY]-() } ELSE 0 END
  + CASE WHEN 'REPORTS' IN $types THEN COUNT { ({{n}})-[:REPORTS]-() } ELSE 0 END
  + CASE WHEN 'MENTIONS' IN $types THEN COUNT { ({{n}})-[:MENTIONS]-() } ELSE 0 END)
