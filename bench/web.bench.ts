// Dashboard bundle size and time to first render of a 500-node graph in headless Chromium, against small baselines.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH as CHROMIUM, launchOfflineChromium } from '../tests/support/chromium';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'web', 'dist');
const MANIFEST = path.join(DIST, '.vite', 'manifest.json');
const RUNS = 5;

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** The files an entry loads: its static imports, and with `lazy` also what it imports on demand. */
function entryFiles(manifest: Record<string, ManifestChunk>, entry: string, lazy: boolean): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of chunk.imports ?? []) visit(next);
    if (lazy) for (const next of chunk.dynamicImports ?? []) visit(next);
  };
  visit(entry);
  return [...files];
}

function sizes(files: string[]): { bytes: number; gzip: number } {
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const body = fs.readFileSync(path.join(DIST, f));
    bytes += body.length;
    gzip += zlib.gzipSync(body, { level: 9 }).length;
  }
  return { bytes, gzip };
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

function serveDist(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    const file = path.join(DIST, path.normalize(rel));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Milliseconds from navigation start to the first frame of an n-node graph (n = 0: the page alone). */
async function firstRender(browser: Browser, base: string, n: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/?bench=${n}`);
    // Strings, not functions: this file is compiled without the DOM typings the page code uses.
    await page.waitForFunction('window.parleyBench !== undefined', undefined, { timeout: 60_000 });
    return Number(await page.evaluate('window.parleyBench.firstRenderMs'));
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export async function runWebBench(): Promise<void> {
  if (!fs.existsSync(MANIFEST)) {
    execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Record<string, ManifestChunk>;
  const initial = sizes(entryFiles(manifest, 'index.html', false));
  const all = sizes(entryFiles(manifest, 'index.html', true));
  const graphiql = sizes(entryFiles(manifest, 'graphiql.html', true));
  console.log(`web bundle, dashboard first load: ${kb(initial.bytes)} JS+CSS, ${kb(initial.gzip)} gzip`);
  console.log(
    `web bundle, dashboard with trends (ECharts, loaded on demand): ${kb(all.bytes)}, ${kb(all.gzip)} gzip`,
  );
  console.log(`web bundle, GraphiQL page: ${kb(graphiql.bytes)}, ${kb(graphiql.gzip)} gzip`);

  if (!fs.existsSync(CHROMIUM)) {
    console.log(`web first render: skipped, ${CHROMIUM} is missing (apt-get install chromium)`);
    return;
  }
  const server = await serveDist();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchOfflineChromium();
  try {
    await firstRender(browser, base, 500); // warm-up: the OS file cache and Chromium's own start-up
    const timings: Record<number, number[]> = { 0: [], 50: [], 500: [] };
    for (let i = 0; i < RUNS; i++)
      for (const n of [0, 50, 500]) timings[n]?.push(await firstRender(browser, base, n));
    const [page, small, large] = [0, 50, 500].map((n) => median(timings[n] ?? []));
    console.log(`web first render, page alone (no graph):  ${page?.toFixed(0)} ms (median of ${RUNS})`);
    console.log(`web first render, 50-node neighbourhood:  ${small?.toFixed(0)} ms`);
    console.log(
      `web first render, 500-node neighbourhood: ${large?.toFixed(0)} ms ` +
        `(${((large ?? NaN) / (page ?? NaN)).toFixed(2)}× the page alone, ${((large ?? NaN) / (small ?? NaN)).toFixed(2)}× 50 nodes)`,
    );
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

if (require.main === module) void runWebBench();
