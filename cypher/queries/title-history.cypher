// A person's titles as its newest articles give them (`MENTIONS.titles`): over its newest $scan articles within a
// window of article dates (a seek of the (node, date) index, newest first), each title with how many of them give it
// and the first and last of their dates, oldest first (then by title; titles seen only in undated articles last);
// `read`: how many of its articles were read. Titles without an organization (a head of state's) are here too, which
// positions (HOLDS_POSITION) do not hold. The cost follows $scan, not how many articles name the person.
// $ids: person ids; $from, $to: 'YYYY-MM-DD' or null; $scan: articles read at most
UNWIND $ids AS id
MATCH (x:Person {id: id}) USING INDEX SEEK x:Person(id)
CALL (x, id) {
  // @include fragments/newest-mentions a=a x=x xid=id from=$from to=$to limit=$scan
  RETURN count(a) AS read, collect([r.titles, CASE WHEN r.date <> '' THEN r.date END]) AS given
}
CALL (given) {
  UNWIND given AS g
  UNWIND coalesce(g[0], []) AS title
  WITH title, count(*) AS articles, min(g[1]) AS firstSeen, max(g[1]) AS lastSeen
  ORDER BY firstSeen IS NULL, firstSeen, title
  RETURN collect({ title: title, articles: articles, firstSeen: firstSeen, lastSeen: lastSeen }) AS items
}
RETURN id, read, items
