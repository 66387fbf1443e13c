import { foldName, personKey } from '../src/domain/names';

// The named operations of examples/operations with the variables the benches ask them with, and beside each the best
// hand-written Cypher for the same answer (the baseline of bench/api.bench.ts).

const key = (s: string) => ({ name: s, key: foldName(s), pkey: personKey(s) });
// a person by name key: one seek on the NameKey index (the names benched are no ids, and every person key is a name key)
const PERSON = `MATCH (k:NameKey) WHERE k.key IN [$key, $pkey] MATCH (k)-[:KEY_OF]->(p:Person)
  WITH p ORDER BY p.lastSeen DESC LIMIT 1`;

export interface Case {
  operation: string;
  variables: Record<string, unknown>;
  /** one statement, or several run in turn when the answer has independent parts (the first holds the main list) */
  cypher: string | string[];
  params: Record<string, unknown>;
  /** path in the GraphQL data to the answer's main list; the baseline must return as many items */
  list?: string[];
  /** the column of the baseline's single row that holds that list (default: one row per item) */
  baselineList?: string;
}

/** The length of the case's main list in a GraphQL answer's data (undefined: the case names none, or it is absent). */
export function mainListLength(c: Case, data: unknown): number | undefined {
  const list = c.list?.reduce<unknown>((at, k) => (at as Record<string, unknown> | null)?.[k], data);
  return Array.isArray(list) ? list.length : undefined;
}

export const CASES: Case[] = [
  {
    operation: 'Counterparts',
    variables: { name: 'Kim Hong-kyun' },
    params: key('Kim Hong-kyun'),
    list: ['counterparts', 'edges'],
    cypher: `${PERSON}
      OPTIONAL MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person) WHERE o <> p
      WITH p, o, count(DISTINCT m) AS shared, min(m.date) AS firstDate, max(m.date) AS lastDate
      ORDER BY shared DESC, o.name, o.id
      WITH p, collect([o.id, o.name, o.title, o.country, shared, firstDate, lastDate]) AS found
      UNWIND found[0..100] AS r
      OPTIONAL MATCH (c:Country {id: r[3]})
      RETURN p.id, p.name, p.title, size(found) AS total, r, c.id, c.name`,
  },
  {
    operation: 'MeetingsBetween',
    variables: { a: 'Kim Hong-kyun', b: 'Ma Zhaoxu' },
    params: { a: key('Kim Hong-kyun'), b: key('Ma Zhaoxu') },
    list: ['meetingsBetween', 'edges'],
    cypher: `MATCH (:NameKey {key: $a.key})-[:KEY_OF]->(a:Person)
      WITH a ORDER BY a.lastSeen DESC LIMIT 1
      MATCH (:NameKey {key: $b.key})-[:KEY_OF]->(b:Person)
      WITH a, b ORDER BY b.lastSeen DESC LIMIT 1
      MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b)
      WITH m ORDER BY m.dateStart DESC, m.id
      WITH collect(m) AS found
      UNWIND found[0..100] AS m
      RETURN size(found) AS total, m.id, m.name, m.kind, m.date, m.format,
        COLLECT { MATCH (m)-[:HELD_IN]->(pl:Place) OPTIONAL MATCH (pl)-[:IN_COUNTRY]->(c) RETURN [pl.id, pl.name, c.id, c.name] } AS place,
        COLLECT { MATCH (p:Person)-[x:ATTENDED]->(m) OPTIONAL MATCH (c:Country {id: p.country}) RETURN [p.id, p.name, x.title, x.role, c.id, c.name] } AS participants,
        COLLECT { MATCH (m)-[:DISCUSSED]->(t) RETURN [t.id, t.name] } AS topics,
        COLLECT { MATCH (ar:Article)-[r:REPORTS]->(m) RETURN [ar.id, ar.title, ar.date, ar.source, ar.url, r.sentence, r.start, r.end] } AS sources`,
  },
  {
    operation: 'PersonProfile',
    variables: { name: 'Antony Blinken' },
    params: key('Antony Blinken'),
    list: ['person', 'meetings', 'edges'],
    // the meetings (the main list), then positions and counterparts: independent parts, one statement each
    cypher: [
      `${PERSON}
      OPTIONAL MATCH (pc:Country {id: p.country})
      WITH p, pc
      MATCH (p)-[:ATTENDED]->(m:Meeting)
      WITH p, pc, m ORDER BY m.dateStart DESC, m.id
      WITH p, pc, collect(m) AS found
      UNWIND found[0..100] AS m
      RETURN p.id, p.name, p.aliases, p.title, p.firstSeen, p.lastSeen, pc.id, pc.name, size(found) AS total,
        m.id, m.name, m.kind, m.date,
        COLLECT { MATCH (m)-[:HELD_IN]->(pl) RETURN [pl.id, pl.name] } AS place,
        COLLECT { MATCH (ar:Article)-[r:REPORTS]->(m) RETURN [ar.id, ar.title, ar.date, r.sentence, r.start, r.end] } AS sources`,
      `${PERSON}
      MATCH (p)-[h:HOLDS_POSITION]->(o:Organization) OPTIONAL MATCH (c:Country {id: o.country})
      RETURN h.title, h.since, h.until, o.id, o.name, o.kind, c.id, c.name,
        COLLECT { MATCH (ar:Article)-[r:MENTIONS]->(p) WHERE 'HOLDS_POSITION|' + o.id + '|' + h.title IN r.facts
          RETURN [ar.id, ar.title, ar.date, r.sentence] ORDER BY ar.date DESC, ar.id DESC LIMIT 10 } AS sources`,
      `${PERSON}
      MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person) WHERE o <> p
      WITH o, count(DISTINCT m) AS shared, min(m.date) AS firstDate, max(m.date) AS lastDate
      ORDER BY shared DESC, o.name, o.id
      WITH collect([o.id, o.name, o.title, shared, firstDate, lastDate]) AS found
      RETURN size(found) AS total, found[0..20] AS page`,
    ],
  },
  {
    operation: 'MeetingsInRange',
    variables: { from: '2022', to: '2024', country: 'US', first: 20 },
    params: { from: '2022-01-01', to: '2024-12-31', country: 'US' },
    list: ['meetings', 'edges'],
    cypher: `MATCH (m:Meeting) WHERE m.dateEnd >= date($from) AND m.dateStart <= date($to)
        AND (EXISTS { (m)-[:HELD_IN]->(:Place)-[:IN_COUNTRY]->(:Country {id: $country}) }
          OR EXISTS { (m)<-[:ATTENDED]-(:Person)-[:REPRESENTS]->(:Country {id: $country}) })
      WITH m ORDER BY m.dateStart DESC, m.id
      WITH collect(m) AS ms
      UNWIND ms[0..20] AS m
      RETURN size(ms) AS total, m.id, m.name, m.kind, m.date, m.format,
        COLLECT { MATCH (m)-[:HELD_IN]->(pl:Place) OPTIONAL MATCH (pl)-[:IN_COUNTRY]->(c) RETURN [pl.id, pl.name, c.id, c.name] } AS place,
        COLLECT { MATCH (p:Person)-[x:ATTENDED]->(m) RETURN [p.id, p.name, x.title, x.role] } AS participants,
        COLLECT { MATCH (m)-[:DISCUSSED]->(t) RETURN [t.id, t.name] } AS topics`,
  },
  {
    operation: 'TopicMeetings',
    variables: { topic: 'Taiwan' },
    params: { key: 'taiwan' },
    list: ['topicMeetings', 'edges'],
    cypher: `MATCH (t:Topic) WHERE any(k IN t.nameKeys WHERE k CONTAINS $key)
      WITH collect(t) AS ts
      UNWIND ts AS t
      MATCH (m:Meeting)-[:DISCUSSED]->(t)
      WITH ts, m ORDER BY m.dateStart DESC, m.id
      WITH ts, collect(DISTINCT m) AS found
      UNWIND found[0..100] AS m
      RETURN [t IN ts | [t.id, t.name]] AS topics, size(found) AS total, m.id, m.name, m.kind, m.date,
        COLLECT { MATCH (m)-[:HELD_IN]->(pl) RETURN [pl.id, pl.name] } AS place,
        COLLECT { MATCH (p:Person)-[x:ATTENDED]->(m) RETURN [p.id, p.name, x.title, x.role] } AS participants,
        COLLECT { MATCH (m)-[:DISCUSSED]->(t2) RETURN [t2.id, t2.name] } AS meetingTopics`,
  },
  {
    operation: 'ShortestPath',
    variables: { from: 'Ma Zhaoxu', to: 'Antony Blinken' },
    params: { a: key('Ma Zhaoxu'), b: key('Antony Blinken') },
    cypher: `MATCH (:NameKey {key: $a.key})-[:KEY_OF]->(a:Person)
      MATCH (:NameKey {key: $b.key})-[:KEY_OF]->(b:Person)
      MATCH p = shortestPath((a)-[:ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY*..6]-(b))
      RETURN [n IN nodes(p) | [n.id, coalesce(n.name, n.title)]], [r IN relationships(p) | [startNode(r).id, endNode(r).id, type(r)]]`,
  },
  {
    operation: 'Neighborhood',
    variables: { name: 'Kim Hong-kyun', depth: 2 },
    // the same question: a node with more facts than the limit (200) is shown, not passed through
    params: key('Kim Hong-kyun'),
    cypher: `${PERSON}
      MATCH path = ANY SHORTEST (p) ((s)-[:ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY]-()
        WHERE s = p OR COUNT { (s)-[:ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY]-() } <= 200){1,2} (n)
      WITH p, collect(DISTINCT n)[0..200] AS ns
      WITH [p] + ns AS ns
      UNWIND ns AS x
      OPTIONAL MATCH (x)-[r:ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY]->(y) WHERE y IN ns
      RETURN [n IN ns | [n.id, coalesce(n.name, n.title)]] AS nodes, collect([x.id, y.id, type(r)]) AS edges`,
  },
  {
    operation: 'Search',
    variables: { text: 'strategic dialogue' },
    params: {
      q: '(strategic dialogue) OR "strategic dialogue"^4 OR (+strategic +dialogue)^2 OR dialogue*^0.5',
    },
    cypher: `CALL db.index.fulltext.queryNodes('entity_search_folded', $q, {limit: 1000}) YIELD node, score
      WITH collect([node.id, coalesce(node.name, node.title), score, node.aliasText]) AS hits
      RETURN size(hits), hits[0..20]`,
  },
  {
    operation: 'TopicTrends',
    variables: { country: 'US' },
    params: { country: 'US' },
    cypher: [
      `MATCH (m:Meeting)-[:DISCUSSED]->(t:Topic)
      WHERE m.datePrecision IN ['day', 'month']
        AND (EXISTS { (m)-[:HELD_IN]->(:Place)-[:IN_COUNTRY]->(:Country {id: $country}) }
          OR EXISTS { (m)<-[:ATTENDED]-(:Person)-[:REPRESENTS]->(:Country {id: $country}) })
      WITH substring(m.date, 0, 7) AS month, t, count(DISTINCT m) AS n
      RETURN month, t.id, t.name, n ORDER BY month, n DESC`,
      `MATCH (m:Meeting)-[:DISCUSSED]->(t:Topic) WHERE m.datePrecision IN ['day', 'month']
      WITH m, t, COLLECT { MATCH (m)<-[:ATTENDED]-(:Person)-[:REPRESENTS]->(c:Country) RETURN DISTINCT c.id ORDER BY c.id } AS codes
      UNWIND codes AS ca UNWIND codes AS cb
      WITH m, t, ca, cb WHERE ca < cb AND (ca = $country OR cb = $country)
      RETURN substring(m.date, 0, 7) AS month, t.id, t.name, [ca, cb], count(DISTINCT m) AS n`,
    ],
  },
  {
    operation: 'OrganizationPeople',
    variables: { name: 'Department of State' },
    params: { key: foldName('Department of State') },
    list: ['organization', 'people', 'edges'],
    cypher: `MATCH (:NameKey {key: $key})-[:KEY_OF]->(o:Organization)
      WITH o ORDER BY COUNT { (:Person)-[:HOLDS_POSITION]->(o) } DESC LIMIT 1
      OPTIONAL MATCH (c:Country {id: o.country})
      WITH o, c, COLLECT { MATCH (o)-[:PART_OF]->(x:Organization) RETURN [x.id, x.name] ORDER BY x.id LIMIT 1 } AS parent,
        COLLECT { MATCH (d:Organization)-[:PART_OF]->(o) RETURN [d.id, d.name] ORDER BY d.name } AS departments
      MATCH (d:Organization)-[:PART_OF*0..6]->(o)
      MATCH (p:Person)-[h:HOLDS_POSITION]->(d)
      WITH o, c, parent, departments, p, h, d ORDER BY h.since, p.id, d.id, h.title
      WITH o, c, parent, departments, collect([p.id, p.name, h.title, h.since, h.until, d.id, d.name]) AS found
      RETURN o.id, o.name, o.kind, c.id, c.name, parent, departments, size(found) AS total, found[0..100] AS page`,
    baselineList: 'page',
  },
];
