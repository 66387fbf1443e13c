// The 100,000-article scale run (long; not part of `npm run bench`): the corpus replicated with varied names and dates,
// generated on the fly (never stored), loaded into a fresh embedded Neo4j with Parley's default heap and page cache
// (PARLEY_NEO4J_HEAP, PARLEY_NEO4J_PAGECACHE_MB override them). `npx tsx bench/load-scale.ts [articles]`
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { extractArticle } from '../src/extract/extract-article';
import { MONTHS } from '../src/extract/lexicon.data';
import { titleCase } from '../src/extract/title-words';
import { LoadService } from '../src/load/load.service';
import type { LoadProgress } from '../src/load/load.types';
import { createLogger } from '../src/logging/logger';
import { openDatabase } from '../src/neo4j/database';
import { ownCpu, processCpu } from './cpu';

const CORPUS = path.resolve(__dirname, '../../shared/corpus');

/** The corpus texts (dev and restricted, read in place) with the tokens of the people each names. */
export function corpusTexts(): Array<{ text: string; nameTokens: string[] }> {
  const out: Array<{ text: string; nameTokens: string[] }> = [];
  for (const set of ['dev', 'restricted']) {
    const dir = path.join(CORPUS, set);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs
      .readdirSync(dir)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      try {
        const x = extractArticle(text, { file: f });
        const tokens = [
          ...new Set(
            x.people.flatMap((p) => p.name.split(/[\s-]+/)).filter((t) => /^[A-Z][a-z]{2,}$/.test(t)),
          ),
        ];
        out.push({ text, nameTokens: tokens.sort((a, b) => b.length - a.length) });
      } catch {
        // Articles the extractor rejects are left out of the replicas.
      }
    }
  }
  return out;
}

function suffix(n: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor(v / 26)) s = String.fromCharCode(97 + (v % 26)) + s;
  return s;
}

function shiftDate(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** An English ordinal numeral: 1st, 2nd, 3rd, 4th, 11th, 1012th. */
function ordinal(n: number): string {
  const teen = Math.floor(n / 10) % 10 === 1;
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

const MONTH = `(?:${MONTHS.map(titleCase).join('|')})`;
/** A numbered session before a capitalised name ("the 10th Strategic Dialogue"), not a day ("24th July"). */
const SESSION_ORDINAL = new RegExp(
  `(?<!${MONTH} )\\b(\\d{1,3})(?:st|nd|rd|th)(?= (?!${MONTH}\\b)[A-Z])`,
  'g',
);

/**
 * Replica `r` of an article: every person-name token gets a suffix (new people per replica, still shaped like
 * names), the publication date moves forward by r mod 300 days (so no event lands after its article), and the URL,
 * title and body gain the replica number (a distinct article, not an edit of the original). A numbered session of a
 * series becomes session n + 1000·r: the replica's new delegation met at a session of its own, whereas the same number
 * would merge ~30 replicas' delegations into one meeting of 120 people, a meeting no news feed reports.
 */
export function replica(source: { text: string; nameTokens: string[] }, r: number): string {
  if (r === 0) return source.text;
  const tag = suffix(r);
  let text = source.text;
  for (const t of source.nameTokens) text = text.replace(new RegExp(`\\b${t}\\b`, 'g'), `${t}${tag}`);
  text = text.replace(SESSION_ORDINAL, (_, n: string) => ordinal(Number(n) + 1000 * r));
  text = text.replace(
    /^(date:\s*)(\d{4}-\d{2}-\d{2})/m,
    (_, k: string, d: string) => `${k}${shiftDate(d, r % 300)}`,
  );
  text = text.replace(
    /^( ?date )(\d{4}-\d{2}-\d{2})/,
    (_, k: string, d: string) => `${k}${shiftDate(d, r % 300)}`,
  );
  text = text.replace(/(https?:\/\/\S+?)(\/?)(\s|$)/, `$1-r${r}$2$3`);
  text = text.replace(/^(title:.*?)\s*$/m, `$1 (replica ${r})`);
  return `${text.trimEnd()}\n\nReplica ${r}.\n`;
}

/** Writes `count` generated articles into a temporary folder (deleted by the caller). */
export function writeReplicas(count: number, dir: string): void {
  const sources = corpusTexts();
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length]!;
    const r = Math.floor(i / sources.length);
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `a${String(i).padStart(6, '0')}.txt`), replica(src, r));
  }
}

/** Peak resident memory of a process in MB (VmHWM), or null where /proc is missing. */
export function peakRssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * The longest list property per relationship type, and the most reports of one meeting: after any load, no list on a
 * fact may be longer than the reports of one meeting (facts about an event list their articles; repeated facts count
 * them). An article's own edges (REPORTS, MENTIONS) hold what that one article says and are rewritten only with it.
 */
const LONGEST_LISTS = `
  MATCH (a)-[r]->()
  UNWIND [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'LIST'] AS k
  WITH a:Article AS articleEdge, type(r) + '.' + k AS list, max(size(r[k])) AS longest
  RETURN articleEdge, list, longest ORDER BY longest DESC, list`;
const MOST_REPORTS = 'MATCH (m:Meeting) RETURN max(COUNT { (m)<-[:REPORTS]-() }) AS reports';

/** Articles per second over the articles from `a` to `b`, from the cumulative seconds at each. */
function rateBetween(at: Map<number, number>, a: number, b: number): number | null {
  const [ta, tb] = [at.get(a), at.get(b)];
  return ta === undefined || tb === undefined ? null : Math.round(((b - a) / (tb - ta)) * 10) / 10;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000);
  // PARLEY_SCALE_KEEP=DIR keeps the stopped data directory there (the API bench measures on it).
  const keep = process.env.PARLEY_SCALE_KEEP;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-scale-'));
  const articles = path.join(work, 'articles');
  const t0 = performance.now();
  writeReplicas(count, articles);
  console.log(`generated ${count} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    PARLEY_DATA_DIR: path.join(work, 'neo4j'),
    PARLEY_NEO4J_PORT: '0',
  });
  console.log(`neo4j heap ${config.embedded.heap}, page cache ${config.embedded.pagecacheMb} MB`);
  const logger = createLogger('warn');
  const db = await openDatabase(config, logger, { migrate: true });
  const neo4jCpu = db.embedded?.pid ? processCpu(db.embedded.pid) : undefined;
  const step = Math.min(5000, Math.max(1000, Math.round(count / 20)));
  const window = Math.min(10_000, Math.floor(count / 2));
  // Cumulative seconds and CPU seconds (loader + Neo4j) at each step, and at the first and last windows' edges.
  const at = new Map<number, number>([[0, 0]]);
  const cpuAt = new Map<number, number>([[0, 0]]);
  const cpuNow = () => ownCpu() - c0 + (neo4jCpu?.() ?? 0) - j0;
  const marks = new Set([window, count - window, count]);
  let last = 0;
  const [c0, j0] = [ownCpu(), neo4jCpu?.() ?? 0];
  const progress: LoadProgress = {
    start: () => undefined,
    update: (done) => {
      const seconds = (performance.now() - t1) / 1000;
      const cpu = cpuNow();
      for (const m of marks) {
        if (done < m || at.has(m)) continue;
        at.set(m, seconds);
        cpuAt.set(m, cpu);
      }
      if (done - last >= step) {
        const [prevSeconds, prevCpu] = [at.get(last) ?? 0, cpuAt.get(last) ?? 0];
        const [ds, dc] = [seconds - prevSeconds, cpu - prevCpu];
        console.log(
          `  ${done} articles, ${seconds.toFixed(0)} s, ${((done - last) / ds).toFixed(1)} articles/s, ` +
            `CPU ${((1000 * dc) / (done - last)).toFixed(2)} ms/article (${(dc / ds).toFixed(2)} cores), ` +
            `node RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB, load average ${os.loadavg()[0]!.toFixed(1)}`,
        );
        last = done;
        at.set(done, seconds);
        cpuAt.set(done, cpu);
      }
    },
    stop: () => undefined,
  };
  const t1 = performance.now();
  try {
    const report = await new LoadService(db.client, logger, {
      batchSize: config.loadBatchSize,
      maxArticleBytes: config.maxArticleBytes,
    }).loadPaths([articles], progress);
    const [node, server] = [ownCpu() - c0, (neo4jCpu?.() ?? 0) - j0];
    const [counts] = await db.client.runRaw<{ nodes: number; rels: number }>(
      'MATCH (n) WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS rels',
    );
    const lists = await db.client.runRaw<{ articleEdge: boolean; list: string; longest: number }>(
      LONGEST_LISTS,
    );
    const [most] = await db.client.runRaw<{ reports: number }>(MOST_REPORTS);
    const cpuPerArticle = (a: number, b: number) => {
      const [ca, cb] = [cpuAt.get(a), cpuAt.get(b)];
      return ca === undefined || cb === undefined
        ? null
        : Math.round(((1000 * (cb - ca)) / (b - a)) * 100) / 100;
    };
    const first = rateBetween(at, 0, window);
    const lastRate = rateBetween(at, count - window, count);
    const listsOf = (articleEdge: boolean) =>
      Object.fromEntries(lists.filter((l) => l.articleEdge === articleEdge).map((l) => [l.list, l.longest]));
    const perArticle = (x: number) => Math.round(((1000 * x) / Math.max(1, report.loaded)) * 100) / 100;
    console.log(
      JSON.stringify(
        {
          articles: count,
          loaded: report.loaded,
          unchanged: report.unchanged,
          failed: report.failed.length,
          seconds: report.seconds,
          articlesPerSecond: Math.round((report.loaded / report.seconds) * 10) / 10,
          [`rateFirst${window}`]: first,
          [`rateLast${window}`]: lastRate,
          lastOverFirst: first && lastRate ? Math.round((lastRate / first) * 100) / 100 : null,
          cpuMsPerArticle: { node: perArticle(node), neo4j: neo4jCpu ? perArticle(server) : null },
          [`cpuMsPerArticleFirst${window}`]: cpuPerArticle(0, window),
          [`cpuMsPerArticleLast${window}`]: cpuPerArticle(count - window, count),
          coresUsed: Math.round(((node + server) / report.seconds) * 100) / 100,
          nodes: counts?.nodes,
          relationships: counts?.rels,
          peakRssMbLoader: peakRssMb(process.pid),
          peakRssMbNeo4j: peakRssMb(db.embedded?.pid),
          longestLists: {
            onFacts: listsOf(false),
            onAnArticlesOwnEdges: listsOf(true),
          },
          mostReportsOfOneMeeting: most?.reports ?? 0,
          factListsWithinReports: lists.every((l) => l.articleEdge || l.longest <= (most?.reports ?? 0)),
          loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
          failures: [...new Set(report.failed.map((f) => f.reason.replace(/\d+/g, 'N')))].slice(0, 5),
        },
        null,
        2,
      ),
    );
  } finally {
    await db.close();
    if (keep) {
      fs.rmSync(keep, { recursive: true, force: true });
      fs.mkdirSync(path.dirname(keep), { recursive: true });
      // A copy, not a rename: the temporary folder may be on another file system.
      fs.cpSync(path.join(work, 'neo4j'), keep, { recursive: true });
      console.log(`kept the stopped data directory at ${keep}`);
    }
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
