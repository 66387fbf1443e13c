import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import autocannon from 'autocannon';
import express from 'express';
import { JSONResolver } from 'graphql-scalars';
import { foldName, personKey } from '../src/domain/names';
import { loadConfig } from '../src/config';
import { composeParley } from '../src/composition-root';
import { createLogger } from '../src/logging/logger';
import { openDatabase } from '../src/neo4j/database';
import type { Neo4jClient } from '../src/neo4j/neo4j-client';
import { createApiContext } from '../src/api/api-context';
import { createApolloServer } from '../src/server/apollo.server';
import { startHttpServer } from '../src/server/http-server';

// Each GraphQL operation of examples/operations over HTTP against the loaded sample, beside the best hand-written
// Cypher for the same answer run through the driver on the same Neo4j (the baseline), and throughput under autocannon.

const ROOT = path.join(__dirname, '..');
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const GLOBAL_WARMUP = Number(process.env.BENCH_GLOBAL_WARMUP ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const key = (s: string) => ({ name: s, key: foldName(s), pkey: personKey(s) });
const PERSON = `MATCH (p:Person) WHERE p.id = $name OR p.personKey = $pkey OR $key IN p.nameKeys OR $pkey IN p.nameKeys
  WITH p ORDER BY p.lastSeen DESC LIMIT 1`;

interface Case {
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

const CASES: Case[] = [
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
    cypher: `MATCH (a:Person) WHERE $a.key IN a.nameKeys OR a.personKey = $a.pkey
      WITH a ORDER BY a.lastSeen DESC LIMIT 1
      MATCH (b:Person) WHERE $b.key IN b.nameKeys OR b.personKey = $b.pkey
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
    cypher: `MATCH (a:Person) WHERE $a.key IN a.nameKeys OR a.personKey = $a.pkey
      MATCH (b:Person) WHERE $b.key IN b.nameKeys OR b.personKey = $b.pkey
      MATCH p = shortestPath((a)-[:ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY*..6]-(b))
      RETURN [n IN nodes(p) | [n.id, coalesce(n.name, n.title)]], [r IN relationships(p) | [startNode(r).id, endNode(r).id, type(r)]]`,
  },
  {
    operation: 'Neighborhood',
    variables: { name: 'Kim Hong-kyun', depth: 2 },
    params: key('Kim Hong-kyun'),
    cypher: `${PERSON}
      MATCH path = ANY SHORTEST (p)-[:ATTENDED|DISCUSSED|HELD_IN|IN_COUNTRY|HOLDS_POSITION|REPRESENTS|PART_OF|OF_COUNTRY]-{1,2}(n)
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
    cypher: `CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: 1000}) YIELD node, score
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
    cypher: `MATCH (o:Organization) WHERE $key IN o.nameKeys
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Timing {
  p50: number;
  p95: number;
}

/** Runs the variants in turn, rotating which goes first each round, so machine load hits all of them alike. */
async function timeInterleaved(fns: (() => Promise<void>)[]): Promise<Timing[]> {
  for (let i = 0; i < WARMUP; i++) for (const fn of fns) await fn();
  const ms = fns.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    for (let j = 0; j < fns.length; j++) {
      const k = (i + j) % fns.length;
      const t = performance.now();
      await fns[k]!();
      ms[k]!.push(performance.now() - t);
    }
  }
  return ms.map((m) => {
    m.sort((a, b) => a - b);
    return { p50: percentile(m, 50), p95: percentile(m, 95) };
  });
}

// A plain keep-alive client, as autocannon uses: undici's fetch adds client-side milliseconds the server never spends.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(url: string, body: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs a case's baseline statements in turn through the driver; the rows of the first hold the main list. */
async function runBaseline(c: Case, client: Neo4jClient): Promise<Record<string, unknown>[]> {
  const [first, ...rest] = Array.isArray(c.cypher) ? c.cypher : [c.cypher];
  const rows = await client.runRaw(first!, c.params, 'READ');
  for (const statement of rest) await client.runRaw(statement, c.params, 'READ');
  return rows;
}

/** The baseline must fetch the same answer: its main list must hold as many items as the GraphQL response's. */
async function checkSameSize(c: Case, payload: string, url: string, client: Neo4jClient): Promise<void> {
  if (!c.list) return;
  const json = JSON.parse(await post(`${url}/graphql`, payload)) as { data: unknown };
  const rows = await runBaseline(c, client);
  const list = c.list.reduce<unknown>((at, k) => (at as Record<string, unknown> | null)?.[k], json.data);
  const ours = Array.isArray(list) ? list.length : NaN;
  const theirs = c.baselineList
    ? ((rows[0]?.[c.baselineList] as unknown[] | undefined)?.length ?? 0)
    : rows.length;
  if (ours !== theirs)
    throw new Error(`${c.operation}: GraphQL answer has ${ours} items, the baseline ${theirs}`);
}

const fmt = (n: number) => n.toFixed(2).padStart(7);

const FLOOR_QUERY = 'query Floor($operation: String!) { baseline(operation: $operation) }';

/**
 * The stack's floor: Apollo over express5 and HTTP, like Parley, with one resolver that runs an operation's baseline
 * Cypher and returns its rows as one JSON value. No field resolvers and no statement of ours: what is left of the
 * ratio is the cost of serving any statement through this stack on this machine.
 */
async function startFloorServer(client: Neo4jClient): Promise<{ url: string; close(): Promise<void> }> {
  const apollo = new ApolloServer({
    typeDefs: 'scalar JSON type Query { baseline(operation: String!): JSON }',
    resolvers: {
      JSON: JSONResolver,
      Query: {
        baseline: (_: unknown, args: { operation: string }) =>
          runBaseline(
            CASES.find((x) => x.operation === args.operation)!,
            client,
          ),
      },
    },
    csrfPrevention: false,
  });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}

export async function runApiBench(only: string[] = []): Promise<void> {
  const dataDir = process.env.NEO4J_URI
    ? undefined
    : fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-api-'));
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'silent',
    // autocannon sends thousands of requests a second from one address: limited so high it only costs its lookup
    PARLEY_ANONYMOUS_RATE_LIMIT_PER_MINUTE: '1000000000',
    ...(dataDir ? { PARLEY_DATA_DIR: dataDir, PARLEY_NEO4J_PORT: '0' } : {}),
  });
  const logger = createLogger('warn', 'bench');
  const db = await openDatabase(config, logger, { migrate: true });
  const client: Neo4jClient = db.client;
  try {
    const parley = composeParley({ config, logger, client });
    const report = await parley.loader.loadPaths([path.join(ROOT, 'data', 'sample')]);
    console.log(
      `sample loaded: ${report.loaded + report.unchanged} articles (${report.failed.length} failed)`,
    );
    // Uncached: the table times the work of each operation (cached repeats are timed apart).
    const uncached = { ...config, responseCache: { ...config.responseCache, maxMb: 0 } };
    const server = await startHttpServer({
      parley: composeParley({ config: uncached, logger: createLogger('silent'), client }),
      registry: db.registry,
    });
    // The same server with the response cache on (the default): repeats of one request are answered from memory.
    const cachedServer = await startHttpServer({
      parley: composeParley({ config, logger: createLogger('silent'), client }),
      registry: db.registry,
    });
    try {
      const query = (c: Case) =>
        fs.readFileSync(path.join(ROOT, 'examples', 'operations', `${c.operation}.graphql`), 'utf8');
      const body = (c: Case) =>
        JSON.stringify({ query: query(c), variables: c.variables, operationName: c.operation });
      // The same schema and plugins in process, so the HTTP share (express, body parsing, JSON) shows apart.
      const inProcess = createApolloServer({
        logger: createLogger('silent'),
        limits: config.server,
      });
      await inProcess.start();
      const floor = await startFloorServer(client);
      console.log(
        `${GLOBAL_WARMUP} warm-up rounds of every operation, then per operation ${WARMUP} more and ${RUNS} timed rounds; each round runs HTTP, in-process, driver and floor in rotating order; ms`,
      );
      console.log('ratio = GraphQL-over-HTTP p50 / driver p50 (target ≤ 1.3)');
      console.log('floor = the baseline Cypher served by a one-resolver Apollo over HTTP, p50 / driver p50');
      console.log(
        'over floor = HTTP p50 / floor p50 (target ≤ 1.15); cached = a repeat answered from the response cache, p50 / driver p50 (target ≤ 0.5)',
      );
      console.log(
        `load average at start: ${os
          .loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')}`,
      );
      console.log(
        'operation            HTTP p50     p95 | in-proc p50 | Cypher p50   p95 | ratio | floor | over floor | cached | statements',
      );
      const cases = CASES.filter((x) => only.length === 0 || only.includes(x.operation));
      let statements = 0;
      const variants = (c: Case): (() => Promise<void>)[] => {
        const payload = body(c);
        const operationText = query(c);
        const floorBody = JSON.stringify({ query: FLOOR_QUERY, variables: { operation: c.operation } });
        return [
          async () => {
            const text = await post(`${server.url}/graphql`, payload, { 'x-parley-statements': '1' });
            const json = JSON.parse(text) as {
              errors?: unknown;
              extensions?: { statements?: { count: number } };
            };
            if (json.errors) throw new Error(`${c.operation}: ${JSON.stringify(json.errors)}`);
            statements = json.extensions?.statements?.count ?? NaN;
          },
          async () => {
            const contextValue = createApiContext({
              client,
              logger,
              maxArticleBytes: config.maxArticleBytes,
            });
            const res = await inProcess.executeOperation(
              { query: operationText, variables: c.variables, operationName: c.operation },
              { contextValue },
            );
            if (res.body.kind !== 'single' || res.body.singleResult.errors)
              throw new Error(`${c.operation} in process failed`);
          },
          async () => {
            await runBaseline(c, client);
          },
          async () => {
            const json = JSON.parse(await post(floor.url, floorBody)) as { errors?: unknown };
            if (json.errors) throw new Error(`${c.operation} floor: ${JSON.stringify(json.errors)}`);
          },
          async () => {
            const json = JSON.parse(await post(`${cachedServer.url}/graphql`, payload)) as {
              errors?: unknown;
            };
            if (json.errors) throw new Error(`${c.operation} cached: ${JSON.stringify(json.errors)}`);
          },
        ];
      };
      const runs = new Map(cases.map((c) => [c, variants(c)]));
      // The JVM keeps compiling the code of each new statement for a while: warm every operation before timing any.
      for (let i = 0; i < GLOBAL_WARMUP; i++)
        for (const fns of runs.values()) for (const fn of fns) await fn();
      for (const [c, fns] of runs) {
        await checkSameSize(c, body(c), server.url, client);
        const [http, local, cypher, bare, cached] = await timeInterleaved(fns);
        const ratio = (a: Timing, b: Timing) => (a.p50 / b.p50).toFixed(2).padStart(5);
        console.log(
          `${c.operation.padEnd(20)} ${fmt(http!.p50)} ${fmt(http!.p95)} |     ${fmt(local!.p50)} | ${fmt(cypher!.p50)} ${fmt(cypher!.p95)} | ${ratio(http!, cypher!)} | ${ratio(bare!, cypher!)} |      ${ratio(http!, bare!)} |  ${ratio(cached!, cypher!)} | ${statements}`,
        );
      }
      await inProcess.stop();
      await floor.close();
      agent.destroy();
      for (const c of [CASES[0]!, CASES[3]!].filter((x) => only.length === 0 || only.includes(x.operation))) {
        const result = await autocannon({
          url: `${server.url}/graphql`,
          connections: 10,
          duration: 5,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: body(c),
        });
        console.log(
          `autocannon ${c.operation}: ${Math.round(result.requests.average)} requests/s (10 connections, 5 s), p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, ${result.non2xx} non-2xx, ${result.errors} errors`,
        );
      }
      console.log(
        `load average at end: ${os
          .loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')}`,
      );
    } finally {
      await server.close();
      await cachedServer.close();
    }
  } finally {
    await db.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runApiBench(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
