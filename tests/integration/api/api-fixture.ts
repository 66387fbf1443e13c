import { foldName, personKey } from '../../../src/domain/names';
import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { isTallyBucket } from '../../fixtures/load/graph-fingerprint';
import { testClient } from '../../support/test-database';
import { apiHarness } from './api-harness';

// A small graph that follows docs/graph-model.md exactly, with ids and names no other test uses.
// Countries XA/XB are ISO user-assigned codes, so no real data collides with them.

export const P = 'apitest';

interface PersonSeed {
  id: string;
  name: string;
  aliases: string[];
  title: string;
  country: string;
}

export const people: PersonSeed[] = [
  {
    id: `person:${P}-alma-vexler`,
    name: 'Alma Vexler',
    aliases: ['Vexler Alma'],
    title: 'Foreign Minister',
    country: 'XA',
  },
  {
    id: `person:${P}-boris-quell`,
    name: 'Boris Quell',
    aliases: [],
    title: 'Deputy Minister',
    country: 'XB',
  },
  {
    id: `person:${P}-cato-dunmore`,
    name: 'Cato Dunmore',
    aliases: [],
    title: 'Director-General',
    country: 'XA',
  },
  {
    id: `person:${P}-dara-pell`,
    name: 'Dara Pell',
    aliases: ['Dara Pell-Ames'],
    title: 'Ambassador',
    country: 'XB',
  },
];

const keysOf = (name: string, aliases: string[], isPerson: boolean) => [
  ...new Set([name, ...aliases].flatMap((n) => (isPerson ? [foldName(n), personKey(n)] : [foldName(n)]))),
];

const SEED = `
UNWIND $countries AS c
MERGE (n:Country {id: c.id}) SET n.name = c.name, n.code = c.id
WITH count(*) AS _
UNWIND $people AS p
CREATE (n:Person {id: p.id, name: p.name, aliases: p.aliases, nameKeys: p.nameKeys, aliasText: p.aliasText,
  title: p.title, country: p.country, personKey: p.personKey, firstSeen: date('2023-06-01'), lastSeen: date('2024-05-31')})
WITH n, p MATCH (c:Country {id: p.country}) CREATE (n)-[:REPRESENTS {since: date('2023-06-01'), until: date('2024-05-31'), sourceCount: 1}]->(c)
WITH count(*) AS _
UNWIND $orgs AS o
CREATE (n:Organization {id: o.id, name: o.name, kind: o.kind, country: o.country, aliases: [], nameKeys: o.nameKeys, aliasText: o.name,
  firstSeen: date('2024-03-06'), lastSeen: date('2024-05-31')})
WITH n, o MATCH (c:Country {id: o.country}) CREATE (n)-[:OF_COUNTRY {sourceCount: 1}]->(c)
WITH count(*) AS _
MATCH (d:Organization {id: $dept}), (m:Organization {id: $ministry}) CREATE (d)-[:PART_OF {sourceCount: 1}]->(m)
WITH count(*) AS _
CREATE (pl:Place {id: $place, name: 'Apitest City', country: 'XA', aliases: [], nameKeys: ['apitestcity'], aliasText: 'Apitest City'})
WITH pl MATCH (c:Country {id: 'XA'}) CREATE (pl)-[:IN_COUNTRY {sourceCount: 1}]->(c)
WITH count(*) AS _
UNWIND $topics AS t
CREATE (:Topic {id: t.id, name: t.name, aliases: [], nameKeys: [t.key], keyText: t.key, aliasText: t.name})
WITH count(*) AS _
UNWIND $meetings AS mt
CREATE (m:Meeting {id: mt.id, name: mt.name, kind: mt.kind, date: mt.date, dateStart: date(mt.start), dateEnd: date(mt.end),
  datePrecision: mt.precision, format: mt.format, status: mt.status, aliases: [], nameKeys: [mt.key], aliasText: mt.name})
WITH m, mt
CALL (m, mt) {
  UNWIND mt.attendees AS at
  MATCH (p:Person {id: at.person})
  CREATE (p)-[:ATTENDED {role: at.role, title: at.title, articles: mt.articles}]->(m)
}
CALL (m, mt) {
  UNWIND mt.topics AS tid
  MATCH (t:Topic {id: tid})
  CREATE (m)-[:DISCUSSED {articles: mt.articles}]->(t)
}
CALL (m, mt) {
  MATCH (pl:Place {id: mt.place})
  CREATE (m)-[:HELD_IN {articles: mt.articles}]->(pl)
}
WITH count(*) AS _
UNWIND $articles AS a
CREATE (art:Article {id: a.id, key: a.id, title: a.title, source: 'Apitest Wire', url: 'https://example.org/' + a.id, date: date(a.date),
  firstSeen: date(a.date), lastSeen: date(a.date)})
WITH art, a
CALL (art, a) {
  UNWIND a.reports AS r
  MATCH (m:Meeting {id: r.meeting})
  CREATE (art)-[:REPORTS {sentence: r.sentence, start: r.start, end: r.end}]->(m)
}
CALL (art, a) {
  UNWIND a.mentions AS pid
  MATCH (x {id: pid})
  CREATE (art)-[:MENTIONS {count: 1, sentence: 'Mentioned ' + x.name + '.', start: 0, end: 10}]->(x)
}
WITH count(*) AS _
UNWIND $positions AS h
MATCH (p:Person {id: h.person}), (o:Organization {id: h.org})
CREATE (p)-[:HOLDS_POSITION {title: h.title, org: o.id, since: date(h.since), until: date(h.until), firstSeen: date(h.since),
  lastSeen: date(h.until), sourceCount: size(h.articles)}]->(o)
WITH p, o, h
// A position's sources are the articles whose MENTIONS of the person list it (docs/graph-model.md).
UNWIND h.articles AS aid
MATCH (art:Article {id: aid})
MERGE (art)-[m:MENTIONS]->(p)
SET m.facts = coalesce(m.facts, []) + ['HOLDS_POSITION|' + o.id + '|' + h.title],
  m.node = p.id, m.date = coalesce(toString(art.date), '')
WITH count(*) AS _
// Name lookups follow (:NameKey)-[:KEY_OF]-> edges, one per item of nameKeys, as the loader writes them.
MATCH (n) WHERE (n:Person OR n:Organization OR n:Place OR n:Topic OR n:Meeting) AND n.id CONTAINS '${P}'
UNWIND n.nameKeys AS key
MERGE (k:NameKey {key: key})
MERGE (k)-[:KEY_OF]->(n)
`;

export const ids = {
  ministry: `org:xa:${P}ministry`,
  dept: `org:xa:${P}department`,
  foreignOffice: `org:xb:${P}foreignoffice`,
  place: `place:xa:${P}city`,
  trade: `topic:${P}trade`,
  security: `topic:${P}security`,
  m1: `meeting:${P}-1`,
  m2: `meeting:${P}-2`,
  m3: `meeting:${P}-3`,
  a1: `${P}-article-1`,
  a2: `${P}-article-2`,
};

/** Writes the fixture graph; `useSeededApi` cleans before it. */
async function seedApiGraph(client: Neo4jClient): Promise<void> {
  const [alma, boris, cato, dara] = people.map((p) => p.id) as [string, string, string, string];
  await client.runRaw(SEED, {
    countries: [
      { id: 'XA', name: 'Arcadia' },
      { id: 'XB', name: 'Borduria' },
    ],
    people: people.map((p) => ({
      ...p,
      nameKeys: keysOf(p.name, p.aliases, true),
      aliasText: [p.name, ...p.aliases].join(' | '),
      personKey: personKey(p.name),
    })),
    orgs: [
      { id: ids.ministry, name: 'Ministry of Apitest Affairs', kind: 'ministry', country: 'XA' },
      { id: ids.dept, name: 'Department of Apitest Planning', kind: 'department', country: 'XA' },
      { id: ids.foreignOffice, name: 'Apitest Foreign Office', kind: 'ministry', country: 'XB' },
    ].map((o) => ({ ...o, nameKeys: keysOf(o.name, [], false) })),
    dept: ids.dept,
    ministry: ids.ministry,
    place: ids.place,
    topics: [
      { id: ids.trade, name: 'Apitest trade', key: foldName('Apitest trade') },
      { id: ids.security, name: 'Apitest security', key: foldName('Apitest security') },
    ],
    meetings: [
      {
        id: ids.m1,
        name: '1st Apitest Strategic Dialogue',
        key: foldName('1st Apitest Strategic Dialogue'),
        kind: 'dialogue',
        date: '2024-03-05',
        start: '2024-03-05',
        end: '2024-03-05',
        precision: 'day',
        format: 'in_person',
        status: 'held',
        place: ids.place,
        attendees: [
          { person: alma, role: 'principal', title: 'Foreign Minister' },
          { person: boris, role: 'principal', title: 'Vice Minister' },
          { person: cato, role: 'participant', title: 'Director-General' },
        ],
        topics: [ids.trade, ids.security],
        articles: [ids.a1],
      },
      {
        id: ids.m2,
        name: 'Apitest Summit',
        key: foldName('Apitest Summit'),
        kind: 'summit',
        date: '2024-05',
        start: '2024-05-01',
        end: '2024-05-31',
        precision: 'month',
        format: null,
        status: 'planned',
        place: ids.place,
        attendees: [
          { person: alma, role: 'principal', title: 'Foreign Minister' },
          { person: boris, role: 'principal', title: 'Deputy Minister' },
          { person: dara, role: 'participant', title: 'Ambassador' },
        ],
        topics: [ids.trade],
        articles: [ids.a2],
      },
      {
        id: ids.m3,
        name: 'Apitest Call',
        key: foldName('Apitest Call'),
        kind: 'call',
        date: '2023',
        start: '2023-01-01',
        end: '2023-12-31',
        precision: 'year',
        format: 'phone',
        // No status: a graph loaded before statuses were kept.
        status: null,
        place: null,
        attendees: [
          { person: alma, role: 'principal', title: 'Foreign Minister' },
          { person: dara, role: 'principal', title: 'Ambassador' },
        ],
        topics: [ids.security],
        articles: [ids.a2],
      },
    ],
    articles: [
      {
        id: ids.a1,
        title: 'Apitest ministers hold strategic dialogue',
        date: '2024-03-06',
        reports: [
          {
            meeting: ids.m1,
            sentence: 'Alma Vexler met Boris Quell for the 1st Apitest Strategic Dialogue.',
            start: 0,
            end: 66,
          },
        ],
        mentions: [alma, boris, cato],
      },
      {
        id: ids.a2,
        title: "Apitest summit follows last year's call",
        date: '2024-05-31',
        reports: [
          {
            meeting: ids.m2,
            sentence: 'The Apitest Summit brought Vexler, Quell and Pell together.',
            start: 0,
            end: 59,
          },
          { meeting: ids.m3, sentence: 'Vexler and Pell spoke by phone in 2023.', start: 60, end: 99 },
        ],
        mentions: [alma, boris, dara],
      },
    ],
    positions: [
      {
        person: alma,
        org: ids.ministry,
        title: 'Foreign Minister',
        since: '2024-03-06',
        until: '2024-05-31',
        articles: [ids.a1, ids.a2],
      },
      {
        person: cato,
        org: ids.dept,
        title: 'Director-General',
        since: '2024-03-06',
        until: '2024-03-06',
        articles: [ids.a1],
      },
      {
        person: boris,
        org: ids.foreignOffice,
        title: 'Vice Minister',
        since: '2024-03-06',
        until: '2024-03-06',
        articles: [ids.a1],
      },
      {
        person: boris,
        org: ids.foreignOffice,
        title: 'Deputy Minister',
        since: '2024-05-31',
        until: '2024-05-31',
        articles: [ids.a2],
      },
    ],
    a1: ids.a1,
  });
  // The tally buckets MeetingsInRange and TopicTrends read, derived by the loader's own statement.
  await client.write('load/refresh-tallies', {
    batch: { articles: [], meetings: [ids.m1, ids.m2, ids.m3], people: [] },
  });
}

/** Removes every node this fixture (or a test using the prefix) created, and the two test countries. */
async function cleanApiGraph(client: Neo4jClient): Promise<void> {
  await client.runRaw(
    `MATCH (n) WHERE n.id STARTS WITH 'person:${P}' OR n.id STARTS WITH 'org:xa:${P}' OR n.id STARTS WITH 'org:xb:${P}'
       OR n.id STARTS WITH 'place:xa:${P}' OR n.id STARTS WITH 'topic:${P}' OR n.id STARTS WITH 'meeting:${P}'
       OR n.id STARTS WITH '${P}-article' OR (n:Country AND n.id IN ['XA', 'XB'])
     DETACH DELETE n`,
  );
  // the key nodes left without an edge (the loader deletes such nodes too)
  await client.runRaw('MATCH (k:NameKey) WHERE NOT EXISTS { (k)--() } DELETE k');
  await dropEmptyBuckets(client);
}

/** Deletes the tally buckets a test's deleted meetings left empty (the loader deletes such buckets too). */
export async function dropEmptyBuckets(client: Neo4jClient): Promise<void> {
  await client.runRaw(
    `MATCH (b) WHERE ${isTallyBucket('b')}
       AND NOT EXISTS { (b)-[:ON_DAY|IN_MONTH|IN_YEAR|UNDATED|COUNTS]->() }
     DETACH DELETE b`,
  );
}

export interface SeededApi {
  client: Neo4jClient;
  api: Awaited<ReturnType<typeof apiHarness>>;
}

/** A test file's own data: written before its tests (after a clean, so no earlier run's leftovers count) and removed after. */
export interface TestGraph {
  seed(client: Neo4jClient): Promise<unknown>;
  clean(client: Neo4jClient): Promise<unknown>;
}

const API_GRAPH: TestGraph = { seed: seedApiGraph, clean: cleanApiGraph };

/** Seeds a graph (this fixture's by default) before a test file and cleans it after; the fields are set once `beforeAll` ran. */
export function useSeededApi(graph: TestGraph = API_GRAPH): SeededApi {
  const seeded = {} as SeededApi;
  beforeAll(async () => {
    seeded.client = testClient();
    await graph.clean(seeded.client);
    await graph.seed(seeded.client);
    seeded.api = await apiHarness(seeded.client);
  });
  afterAll(async () => {
    await seeded.api?.stop();
    await graph.clean(seeded.client);
    await seeded.client.close();
  });
  return seeded;
}
