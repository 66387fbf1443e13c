import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { CASES, mainListLength, type Case } from './api-cases';
import { ONE_ADDRESS_ENV, post, timeInterleaved } from './http-timing';
import { loadConfig } from '../src/config';
import { composeParley } from '../src/composition-root';
import { createLogger } from '../src/logging/logger';
import { openDatabase } from '../src/neo4j/database';
import { startHttpServer } from '../src/server/http-server';
import { loadAverage } from './cpu';

// Issue 14's "API on the big graph": every named operation against two running Neo4j servers holding graphs of two
// sizes (bench/load-scale.ts with PARLEY_SCALE_KEEP), one request in flight, the two servers interleaved in the same
// run so the machine's load hits both alike; prints p50 per graph and big/small (target ≤ 1.5). Response caches off.
// PARLEY_BENCH_SMALL_URI, PARLEY_BENCH_BIG_URI: bolt:// URIs of the two (migrated by this run);
// BENCH_RUNS (default 30), BENCH_WARMUP (5), BENCH_GLOBAL_WARMUP (20); BENCH_OPERATIONS: comma-separated names (default: all).
// A paged operation whose page the small graph cannot fill is timed a second time at the small graph's page size
// ("at N"), so that the same work is compared on both graphs beside the operation as the API bench asks it.
// The dashboard's own questions follow (its Trends tab's two charts, its graph view on a country), and an analyst's
// (a hub fact's sources, a hub's articles), when BENCH_OPERATIONS names none or names them.

const ROOT = path.join(__dirname, '..');

type Answer = { data?: unknown; errors?: unknown };

/** An operation and its variables, as a request sends them. */
type Asked = Pick<Case, 'operation' | 'variables'>;

const DASHBOARD: (Asked & { name: string })[] = [
  {
    name: 'TrendSeries topics',
    operation: 'TrendSeries',
    variables: { country: 'US', top: 8, byPair: false },
  },
  {
    name: 'TrendSeries pairs',
    operation: 'TrendSeries',
    variables: { country: 'US', top: 8, byTopic: false },
  },
  // its graph view on a hub: a country's neighbourhood, which on the big graph has more neighbours than the limit
  { name: 'Neighborhood China', operation: 'Neighborhood', variables: { name: 'China', depth: 2 } },
];

/** An analyst's question from the playground, not one of examples/operations: its text comes with it. */
type Written = Asked & { name: string; query: string };

const ANALYST: Written[] = [
  // "says who?" on a hub: the newest sources of the fact a department named in most articles states
  {
    name: 'Sources of a hub',
    operation: 'HubSources',
    variables: { name: 'org:us:departmentofstate' },
    query: `query HubSources($name: String!) {
      neighborhood(name: $name, depth: 1, types: [OF_COUNTRY]) {
        edges { type sourceCount sources(first: 10) { totalCount edges { cursor node { articleId title date sentence } } } }
      }
    }`,
  },
  // "which articles name it?" on a hub: the newest articles that mention China
  {
    name: 'Articles of a hub',
    operation: 'HubArticles',
    variables: { code: 'CN' },
    query: `query HubArticles($code: String!) {
      country(code: $code) { mentionedIn(first: 10) { totalCount edges { cursor node { articleId title date sentence } } } }
    }`,
  },
  // the same within a year: the page is a range of the same seek, the count reads the year's index entries
  {
    name: 'Articles of a hub in a year',
    operation: 'HubArticlesInYear',
    variables: { code: 'CN', year: '2024' },
    query: `query HubArticlesInYear($code: String!, $year: String!) {
      country(code: $code) { mentionedIn(first: 10, from: $year, to: $year) {
        totalCount edges { cursor node { articleId title date sentence } } } }
    }`,
  },
];

async function answerText(url: string, c: Asked, query: string): Promise<string> {
  return post(url, JSON.stringify({ query, variables: c.variables, operationName: c.operation }));
}

async function ask(url: string, c: Asked, query: string): Promise<Answer> {
  const json = JSON.parse(await answerText(url, c, query)) as Answer;
  if (json.errors) throw new Error(`${c.operation}: ${JSON.stringify(json.errors)}`);
  return json;
}

const asker = (url: string, c: Asked, query: string) => async () => {
  await ask(url, c, query);
};

/** The answer's size on each server, in KB: an operation whose answer grows with the graph does more work. */
async function answerKb(urls: string[], c: Asked, query: string): Promise<number[]> {
  return Promise.all(urls.map(async (url) => Buffer.byteLength(await answerText(url, c, query)) / 1024));
}

/** How many items the case's main list holds on one server. */
async function listLength(url: string, c: Case, query: string): Promise<number> {
  return mainListLength(c, (await ask(url, c, query)).data) ?? 0;
}

/** The operation with the page size of its main list's field set to n (undefined: the size is not in the text). */
function pageOf(query: string, list: string[], n: number): string | undefined {
  const field = list[list.length - 2]!;
  const at = new RegExp(`(\\b${field}\\([^)]*\\bfirst:\\s*)\\d+`);
  return at.test(query) ? query.replace(at, `$1${n}`) : undefined;
}

export async function runLoadGraphSizeBench(): Promise<void> {
  const small = process.env.PARLEY_BENCH_SMALL_URI;
  const big = process.env.PARLEY_BENCH_BIG_URI;
  if (!small || !big) {
    console.log('skipped: set PARLEY_BENCH_SMALL_URI and PARLEY_BENCH_BIG_URI to two running servers');
    return;
  }
  const runs = Number(process.env.BENCH_RUNS ?? 30);
  const warmup = Number(process.env.BENCH_WARMUP ?? 5);
  const globalWarmup = Number(process.env.BENCH_GLOBAL_WARMUP ?? 20);
  const only = (process.env.BENCH_OPERATIONS ?? '').split(',').filter(Boolean);
  const logger = createLogger('warn', 'bench');
  const serve = async (uri: string) => {
    const base = loadConfig({
      ...process.env,
      NEO4J_URI: uri,
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...ONE_ADDRESS_ENV,
    });
    const config = { ...base, responseCache: { ...base.responseCache, maxMb: 0 } };
    const db = await openDatabase(config, logger, { migrate: true });
    const server = await startHttpServer({
      parley: composeParley({ config, logger: createLogger('silent'), client: db.client }),
      registry: db.registry,
    });
    await server.planned; // time requests, not the start-up plan warm-up beside them
    return { db, url: `${server.url}/graphql`, server };
  };
  const servers = [await serve(small), await serve(big)];
  try {
    console.log(`load average at start: ${loadAverage()}`);
    console.log(
      `${globalWarmup} warm-up rounds of every operation, then per operation ${warmup} more and ${runs} timed rounds, small and big interleaved; HTTP ms`,
    );
    const asked = <C extends Asked>(c: C, name: string) => {
      const query =
        'query' in c && typeof c.query === 'string'
          ? c.query
          : fs.readFileSync(path.join(ROOT, 'examples', 'operations', `${c.operation}.graphql`), 'utf8');
      return { c, query, name, ask: servers.map((x) => asker(x.url, c, query)), kb: [] as number[] };
    };
    const wanted = (operation: string) => !only.length || only.includes(operation);
    const cases = CASES.filter((x) => wanted(x.operation)).map((c) => asked(c, c.operation));
    const dashboard = [
      ...DASHBOARD.filter((x) => wanted(x.operation)).map((c) => asked(c, c.name)),
      ...ANALYST.filter((x) => wanted(x.operation)).map((c) => asked(c, c.name)),
    ];
    // every operation on both graphs first, so that the first one timed does not meet JVMs that compiled nothing
    for (let i = 0; i < globalWarmup; i++)
      for (const { ask } of [...cases, ...dashboard]) for (const fn of ask) await fn();
    const equalPages = [];
    for (const { c, query } of cases.filter((x) => x.c.list)) {
      const [s, b] = await Promise.all(servers.map((x) => listLength(x.url, c, query)));
      const sized = s! > 0 && s! < b! ? pageOf(query, c.list!, s!) : undefined;
      if (!sized) continue;
      const ask = servers.map((x) => asker(x.url, c, sized));
      for (let i = 0; i < globalWarmup; i++) for (const fn of ask) await fn();
      equalPages.push({ name: `${c.operation} at ${s}`, ask, c, query: sized, kb: [] as number[] });
    }
    const urls = servers.map((x) => x.url);
    for (const x of [...cases, ...equalPages, ...dashboard]) x.kb = await answerKb(urls, x.c, x.query);
    console.log(
      'operation            small p50    p95 |   big p50    p95 | big/small p50 (target ≤ 1.5) | answer KB small → big',
    );
    for (const { name, ask, kb } of [...cases, ...equalPages, ...dashboard]) {
      const [s, b] = await timeInterleaved(ask, warmup, runs);
      const f = (n: number) => n.toFixed(1).padStart(7);
      const ratio = (b!.p50 / s!.p50).toFixed(2).padEnd(28);
      console.log(
        `${name.padEnd(20)} ${f(s!.p50)} ${f(s!.p95)} | ${f(b!.p50)} ${f(b!.p95)} | ${ratio} | ${kb[0]!.toFixed(1)} → ${kb[1]!.toFixed(1)}`,
      );
    }
    if (equalPages.length)
      console.log('NAME at N: the operation with its page set to the N items the small graph has');
    if (dashboard.length)
      console.log(
        "TrendSeries topics / pairs: the dashboard's Trends tab, each chart as it asks it (country US, top 8); Neighborhood China: its graph view on a hub (depth 2); Sources of a hub: the newest 10 sources of the State Department's country; Articles of a hub: the newest 10 articles that mention China, of all and of one year (an analyst's questions)",
      );
    console.log(`load average at end: ${loadAverage()}`);
  } finally {
    for (const x of servers) {
      await x.server.close();
      await x.db.close();
    }
  }
}
