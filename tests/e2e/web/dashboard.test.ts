import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createLogger } from '../../../src/logging/logger';
import { launchOfflineChromium } from '../../support/chromium';
import { startSampleServer, type SampleServer } from './sample-server';

// The dashboard in headless Debian Chromium against the real server on a Neo4j loaded with data/sample.
const ROOT = path.resolve(__dirname, '../../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'web');
const STEP_MS = 30_000;

/** Polls from Node: the page's CSP forbids the string evaluation a page-side waitForFunction predicate needs. */
async function until(check: () => Promise<boolean>, timeout = STEP_MS): Promise<boolean> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let server: SampleServer;
let browser: Browser;
let page: Page;
const cspViolations: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Picks a type-ahead option by keyboard: arrows to the first hit whose text matches, then Enter. */
async function pickByKeyboard(inputId: string, text: string, want: RegExp): Promise<void> {
  await page.locator(`#${inputId}`).fill(text);
  const options = page.locator(`#${inputId}-listbox [role=option]`);
  await options.filter({ hasText: want }).first().waitFor({ timeout: STEP_MS });
  const texts = await options.allInnerTexts();
  const index = texts.findIndex((t) => want.test(t));
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator(`#${inputId}`).getAttribute('aria-activedescendant')).resolves.toBe(
    `${inputId}-listbox-${index}`,
  );
  await page.keyboard.press('Enter');
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  if (!fs.existsSync(path.join(ROOT, 'web', 'dist', 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  server = await startSampleServer(createLogger('warn', 'e2e-web'));
  browser = await launchOfflineChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Offline by construction: any request that leaves the server under test fails the run.
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  page = await context.newPage();
  // Every page runs under the server's Content-Security-Policy: anything it blocks is reported on the console.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  (globalThis as { __foreignRequests?: string[] }).__foreignRequests = foreign;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('dashboard on the sample graph', () => {
  test('loads offline and says how to start', async () => {
    await page.goto(`${server.url}/`);
    await expect(page.locator('#graph-empty').innerText()).resolves.toContain(
      'press / to jump to the search box',
    );
    await expect(page.locator('#panel').innerText()).resolves.toContain('Type a name in the search box');
  });

  test('searches for a person by keyboard and opens the profile', async () => {
    await page.locator('body').press('/');
    await expect(page.evaluate('document.activeElement?.id')).resolves.toBe('search');
    await pickByKeyboard('search', 'Antony Blinken', /Person\s*Antony J\. Blinken/);
    const panel = page.locator('[data-panel=person]');
    await panel.waitFor({ timeout: STEP_MS });
    await expect(panel.locator('h2').innerText()).resolves.toContain('Antony J. Blinken');
    await expect(panel.innerText()).resolves.toMatch(/Titles over time[\s\S]*Secretary of State/i);
    // the titles his articles give him, each with how many and when (TitleHistory), first seen first
    const seen = panel.locator('ol[aria-label="Titles as the articles give them"] > li');
    await expect(seen.first().innerText()).resolves.toMatch(
      /\d+ articles? · (\d{4}-\d{2}-\d{2}|dates unknown)/,
    );
    await expect(
      panel.locator('ol[aria-label="Counterparts ranked by shared meetings"] li').count(),
    ).resolves.toBeGreaterThan(2);
    const meetingDates = await panel
      .locator('ol[aria-label="Meetings in date order"] > li .date')
      .allInnerTexts();
    expect(meetingDates.length).toBeGreaterThan(2);
    expect([...meetingDates].sort()).toEqual(meetingDates);
    // the newest articles that name him, newest first
    await expect(panel.innerText()).resolves.toMatch(/Articles \(\d+\)/i);
    const articles = panel.locator('section', { has: page.locator('h3', { hasText: /^Articles \(/i }) });
    const articleDates = await articles.locator('.source summary .muted').allInnerTexts();
    expect(articleDates.length).toBeGreaterThan(0);
    expect([...articleDates].sort().reverse()).toEqual(articleDates);
    await expect(page.locator('#graph-status').innerText()).resolves.toMatch(
      /\d+ nodes around Antony J\. Blinken/,
    );
    expect(page.url()).toContain('e=person%3Aantony-blinken');
    await expect(page.locator('#pane-timeline').innerText()).resolves.toMatch(
      /\d+ meetings — meetings of Antony J\. Blinken/,
    );
    await shot('profile');
  });

  test('expands the graph: a deeper neighbourhood, then a meeting node', async () => {
    const graph = page.locator('#graph');
    const before = Number(await graph.getAttribute('data-nodes'));
    expect(before).toBeGreaterThan(3);
    await page.locator('#depth').selectOption('2');
    const nodes = async () => Number(await graph.getAttribute('data-nodes'));
    await expect(until(async () => (await nodes()) > before)).resolves.toBe(true);
    expect(page.url()).toContain('d=2');
    const deeper = Number(await graph.getAttribute('data-nodes'));

    await page.locator('#depth').selectOption('1');
    await expect(until(async () => (await nodes()) < deeper)).resolves.toBe(true);
    const meetingLink = page
      .locator(
        '[data-panel=person] ol[aria-label="Meetings in date order"] button.link[data-entity^="meeting:"]',
      )
      .first();
    const meetingName = await meetingLink.innerText();
    await meetingLink.click();
    const meeting = page.locator('[data-panel=meeting]');
    await meeting.waitFor({ timeout: STEP_MS });
    await expect(meeting.locator('h2').innerText()).resolves.toContain(meetingName);
    const shown = Number(await graph.getAttribute('data-nodes'));
    await meeting.getByRole('button', { name: 'Expand in graph' }).click();
    await expect(page.locator('#graph-status').innerText()).resolves.toBeTruthy();
    const status = page.locator('#graph-status');
    await expect(
      until(async () => /expanded .*: \+\d+ nodes/.test((await status.textContent()) ?? '')),
    ).resolves.toBe(true);
    expect(Number(await graph.getAttribute('data-nodes'))).toBeGreaterThan(shown);
    await shot('graph');
  });

  test("opens a meeting's source sentence", async () => {
    const meeting = page.locator('[data-panel=meeting]');
    await expect(meeting.innerText()).resolves.toMatch(/Participants[\s\S]*Antony J\. Blinken/i);
    const source = meeting.locator('details.source').first();
    const sentence = source.locator('blockquote.sentence mark');
    await expect(sentence.isVisible()).resolves.toBe(false);
    await source.locator('summary').click();
    await expect(sentence.isVisible()).resolves.toBe(true);
    const text = await sentence.innerText();
    expect(text).toMatch(/Blinken/);
    expect(text.length).toBeGreaterThan(30);
    await expect(source.locator('summary .muted').innerText()).resolves.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  test("a topic's and a place's panels list the newest articles that name them, within the time window", async () => {
    const articles = (panel: ReturnType<typeof page.locator>, heading: RegExp) =>
      panel.locator('section', { has: page.locator('h3', { hasText: heading }) });
    const newestFirst = async (section: ReturnType<typeof page.locator>) => {
      await section.waitFor({ timeout: STEP_MS });
      const dates = await section.locator('.source summary .muted').allInnerTexts();
      expect(dates.length).toBeGreaterThan(0);
      expect([...dates].sort().reverse()).toEqual(dates);
      return dates;
    };
    const meeting = page.locator('[data-panel=meeting]');
    await meeting.locator('button.link[data-entity^="topic:"]').first().click();
    const topic = page.locator('[data-panel=topic]');
    const all = articles(topic, /^Articles \(\d+\)$/i);
    await newestFirst(all);
    const count = async (section: ReturnType<typeof page.locator>) =>
      Number(/\((\d+)\)$/.exec(await section.locator('h3').innerText())![1]);
    const total = await count(all);
    // its articles per month: a bar a month, the dated ones counted
    const bars = await all
      .locator('.month-bars > span')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-count'))));
    expect(bars.length).toBeGreaterThan(0);
    const dated = bars.reduce((a, b) => a + b, 0);
    expect(dated).toBeGreaterThan(0);
    expect(dated).toBeLessThanOrEqual(total);
    await shot('month-bars');
    // what its newest articles name most often beside it, most first; a count keeps the articles naming both
    const alongside = topic.locator('p[aria-label="Named most often with it"] .named-with');
    await expect(alongside.count()).resolves.toBeGreaterThan(0);
    const counts = (await alongside.locator('button.count').allInnerTexts()).map((t) =>
      Number(/^\((\d+)\)$/.exec(t)![1]),
    );
    expect([...counts].sort((x, y) => y - x)).toEqual(counts);
    expect(counts[0]).toBeLessThanOrEqual(total);
    await shot('named-with');
    const partner = await alongside.first().locator('button.link[data-entity]').innerText();
    await alongside.first().locator('button.count').click();
    // (the topic's few articles are all read, so the count is every article that names both)
    const withPartner = articles(
      topic,
      new RegExp(`^Articles naming ${escapeRegExp(partner)} too \\(\\d+\\)$`),
    );
    await newestFirst(withPartner);
    expect(await count(withPartner)).toBe(counts[0]);
    await withPartner.getByRole('button', { name: 'Show all its articles' }).click();
    await expect(count(articles(topic, /^Articles \(\d+\)$/i))).resolves.toBe(total);
    // only the articles that name the graph's centre too, and back to all of them
    await all.getByRole('button', { name: /^Only those naming .+ too$/ }).click();
    const both = articles(topic, /^Articles naming .+ too \(\d+\)$/i);
    await newestFirst(both);
    expect(await count(both)).toBeLessThanOrEqual(total);
    await expect(
      both.getByRole('button', { name: 'Show all its articles' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await both.getByRole('button', { name: 'Show all its articles' }).click();
    await expect(count(articles(topic, /^Articles \(\d+\)$/i))).resolves.toBe(total);
    // back to the meeting through the topic's list, then to where it was held
    await topic.locator('button.link[data-entity^="meeting:"]').first().click();
    await meeting.waitFor({ timeout: STEP_MS });
    const where = meeting
      .locator('header button.link[title^="Open Place"], header button.link[title^="Open Country"]')
      .first();
    const placeId = await where.getAttribute('data-entity');
    await where.click();
    const place = page.locator('[data-panel=entity]');
    const [newest] = await newestFirst(articles(place, /^Articles \(\d+\)$/i));

    // the window of the graph and the timeline narrows the panel's articles to its year
    const year = newest!.slice(0, 4);
    await page.locator('#window-from').fill(year);
    await page.locator('#window-to').fill(year);
    await page.locator('#window-to').press('Enter');
    const inYear = await newestFirst(articles(place, new RegExp(`^Articles in ${year} \\(\\d+\\)$`, 'i')));
    for (const date of inYear) expect(date.startsWith(year)).toBe(true);
    await shot('articles');
    await page.locator('#window-from').fill('');
    await page.locator('#window-to').fill('');
    await page.locator('#window-to').press('Enter');
    await articles(place, /^Articles \(\d+\)$/i).waitFor({ timeout: STEP_MS });

    // an article of the list opens on what it names, in reading order, the place among them
    const first = articles(place, /^Articles \(\d+\)$/i)
      .locator('details.source')
      .first();
    await first.locator('summary').click();
    await first.getByRole('button', { name: 'What it names' }).click();
    const article = page.locator('[data-panel=article]');
    await article.waitFor({ timeout: STEP_MS });
    const named = article.locator('ol[aria-label="Named in reading order"] > li');
    await expect(named.count()).resolves.toBeGreaterThan(1);
    await expect(article.innerText()).resolves.toMatch(/Names \(\d+\)/i);
    await expect(article.locator(`li > [data-entity="${placeId}"]`).count()).resolves.toBe(1);
    // the articles most like it, each opening its own panel
    const related = article.locator('ol[aria-label="Related articles"] > li');
    await expect(related.count()).resolves.toBeGreaterThan(0);
    await expect(related.first().innerText()).resolves.toMatch(/both name /);
    await shot('article');

    // its link reopens it at the centre of the graph (Neighborhood from the article), what it names one step away, and
    // each opens from there
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await article.waitFor({ timeout: STEP_MS });
    await expect(page.locator('#graph-status').innerText()).resolves.toMatch(/\d+ nodes around /i);
    const names = await named.count();
    await expect(page.locator('#graph').getAttribute('data-nodes')).resolves.toBe(String(1 + names));
    await shot('article-graph');
    await article.locator(`li > [data-entity="${placeId}"]`).click();
    await place.waitFor({ timeout: STEP_MS });
  });

  test('finds the shortest chain between two people and draws it', async () => {
    await page.locator('#tab-path').click();
    await page.locator('#path-from').fill('Antony J. Blinken');
    await pickByKeyboard('path-to', 'Hayashi', /Person\s*Hayashi Yoshimasa/);
    await page.locator('#path-go').click();
    const chain = page.locator('ol.path-chain');
    await chain.waitFor({ timeout: STEP_MS });
    const names = await chain.locator('button.link').allInnerTexts();
    expect(names[0]).toBe('Antony J. Blinken');
    expect(names[names.length - 1]).toBe('Hayashi Yoshimasa');
    const drawn = (await page.locator('#graph').getAttribute('data-path'))?.split(' ') ?? [];
    expect(drawn[0]).toBe('person:antony-blinken');
    expect(drawn[drawn.length - 1]).toBe('person:hayashi-yoshimasa');
    expect(page.url()).toContain('tab=path');
  });

  test('charts meetings per month per topic', async () => {
    await page.locator('#tab-trends').click();
    await page.locator('#trends-chart canvas').waitFor({ timeout: STEP_MS });
    await expect(page.locator('#trends-status').innerText()).resolves.toContain(
      'Meetings per month per topic',
    );
    await shot('trends');
  });

  test('charts per country pair, asking the server for the largest pair series alone', async () => {
    const asked = page.waitForRequest(
      (r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes('"TrendSeries"'),
    );
    await page.locator('#trend-mode').selectOption('pair');
    const { variables } = JSON.parse((await asked).postData()!) as { variables: Record<string, unknown> };
    expect(variables).toMatchObject({ byTopic: false, byPair: true, top: 8 });
    await page.locator('#trends-status', { hasText: 'per country pair' }).waitFor({ timeout: STEP_MS });
    await page.locator('#trends-chart canvas').waitFor({ timeout: STEP_MS });
  });

  test('the URL reopens the same view', async () => {
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await page.locator('[data-panel]').first().waitFor({ timeout: STEP_MS });
    await expect(page.locator('#tab-trends').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('#depth').inputValue()).resolves.toBe('1');
  });

  test('downloads the graph shown as GraphML (same nodes as drawn) and as PNG', async () => {
    const shown = Number(await page.locator('#graph').getAttribute('data-nodes'));
    expect(shown).toBeGreaterThan(1);
    const [graphml] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#download-graphml').click(),
    ]);
    expect(graphml.suggestedFilename()).toMatch(/^parley-.+-depth\d\.graphml$/);
    const { MultiDirectedGraph } = await import('graphology');
    const { parse } = await import('graphology-graphml');
    const graph = parse(MultiDirectedGraph, fs.readFileSync((await graphml.path())!, 'utf8'));
    expect(graph.order).toBe(shown);
    expect(graph.size).toBeGreaterThan(0);
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#download-png').click()]);
    const bytes = fs.readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
  });

  test('serves GraphiQL offline, ready to run the Search operation', async () => {
    await page.goto(`${server.url}/graphiql`);
    // GraphiQL ignores Run until its schema introspection has answered, so Run is pressed until a result shows.
    const result = page.locator('.result-window').first();
    const deadline = Date.now() + STEP_MS;
    let answered = false;
    while (!answered && Date.now() < deadline) {
      await page.locator('.graphiql-execute-button').click({ timeout: STEP_MS });
      answered = await until(async () => ((await result.textContent()) ?? '').includes('totalCount'), 2_000);
    }
    expect(answered).toBe(true);
  });

  test('says what to do when nothing matches or the server is gone', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('#search').fill('Zzyzx Qwertyuiop');
    await expect(
      page
        .locator('.typeahead-status')
        .first()
        .getByText('No match for “Zzyzx Qwertyuiop” — try a surname')
        .waitFor({ timeout: STEP_MS }),
    ).resolves.toBeUndefined();
    await page.route('**/graphql', (route) => route.abort());
    await page.locator('#search').fill('Blinken');
    await expect(
      page
        .getByText('Parley cannot reach its server — is `parley serve` running?')
        .first()
        .waitFor({ timeout: STEP_MS }),
    ).resolves.toBeUndefined();
    await page.unroute('**/graphql');
    expect((globalThis as { __foreignRequests?: string[] }).__foreignRequests).toEqual([]);
  });

  test('runs every step above under a same-origin Content-Security-Policy without a violation', async () => {
    for (const route of ['/', '/graphiql']) {
      const res = await fetch(`${server.url}${route}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/default-src 'self'/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(cspViolations).toEqual([]);
  });
});
