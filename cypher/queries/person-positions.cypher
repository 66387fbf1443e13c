// Titles each person held (HOLDS_POSITION), oldest first, with the organization, its country and the supporting articles.
// $ids: person ids
UNWIND $ids AS id
MATCH (p:Person {id: id})-[h:HOLDS_POSITION]->(o:Organization)
WITH id, p, h, o ORDER BY h.since, h.until, h.title
RETURN id, collect({
  title: h.title, since: h.since, until: h.until,
  person: p { .id, label: 'Person', .name, aliases: coalesce(p.aliases, []), .title, countryCode: p.country, .firstSeen, .lastSeen },
  organization: o {
    .id, label: 'Organization', .name, .kind, aliases: coalesce(o.aliases, []), countryCode: o.country,
    country: COLLECT { MATCH (c:Country {id: o.country}) RETURN c { .id, label: 'Country', .name } }[0]
  },
  sources: COLLECT {
    MATCH (a:Article) WHERE a.id IN coalesce(h.articles, [])
    OPTIONAL MATCH (a)-[r:MENTIONS]->(p)
    RETURN { articleId: a.id, title: a.title, date: a.date, source: a.source, url: a.url, sentence: r.sentence, start: r.start, end: r.end }
    ORDER BY a.date, a.id
  }
}) AS positions
