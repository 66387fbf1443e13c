// [type, count] for each type in $types that {{n}} has any of, read from the degree store (no relationship is read on
// a node with many): a COUNT of a typed, unlabelled pattern is a degree lookup, so each whitelisted type is spelled
// out, and a type not followed is not counted (CASE is lazy).
[x IN [
    ['ATTENDED', CASE WHEN 'ATTENDED' IN $types THEN COUNT { ({{n}})-[:ATTENDED]-() } END],
    ['DISCUSSED', CASE WHEN 'DISCUSSED' IN $types THEN COUNT { ({{n}})-[:DISCUSSED]-() } END],
    ['HELD_IN', CASE WHEN 'HELD_IN' IN $types THEN COUNT { ({{n}})-[:HELD_IN]-() } END],
    ['IN_COUNTRY', CASE WHEN 'IN_COUNTRY' IN $types THEN COUNT { ({{n}})-[:IN_COUNTRY]-() } END],
    ['HOLDS_POSITION', CASE WHEN 'HOLDS_POSITION' IN $types THEN COUNT { ({{n}})-[:HOLDS_POSITION]-() } END],
    ['REPRESENTS', CASE WHEN 'REPRESENTS' IN $types THEN COUNT { ({{n}})-[:REPRESENTS]-() } END],
    ['PART_OF', CASE WHEN 'PART_OF' IN $types THEN COUNT { ({{n}})-[:PART_OF]-() } END],
    ['OF_COUNTRY', CASE WHEN 'OF_COUNTRY' IN $types THEN COUNT { ({{n}})-[:OF_COUNTRY]-() } END],
    ['REPORTS', CASE WHEN 'REPORTS' IN $types THEN COUNT { ({{n}})-[:REPORTS]-() } END],
    ['MENTIONS', CASE WHEN 'MENTIONS' IN $types THEN COUNT { ({{n}})-[:MENTIONS]-() } END]
  ] WHERE x[1] > 0]
