import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

// `npm start` as a user runs it (npm → sh → node → the embedded Neo4j's JVM), stopped by Ctrl-C at the terminal and
// by SIGTERM sent to npm: npm exits, and neither Parley nor its JVM is left running; an idle keep-alive connection does
// not hold the shutdown until the drain's deadline. Runs the built CLI (dist/).

const ROOT = path.join(__dirname, '..', '..', '..');
let dataDir: string;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-npm-start-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(what: string, ok: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Started {
  npm: ChildProcess;
  exited: Promise<number | null>;
  parleyPid: number;
  jvmPid: number;
  output: () => string;
}

/** `npm start` without its build step (--ignore-scripts skips prestart only), in a process group of its own as in a terminal. */
async function npmStart(): Promise<Started> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    PARLEY_DATA_DIR: dataDir,
    PARLEY_NEO4J_HEAP: '384m',
    PARLEY_NEO4J_PAGECACHE_MB: '32',
    LOG_FORMAT: 'json',
  };
  delete env.NEO4J_URI; // the tier's Neo4j: this test needs the embedded one
  delete env.NODE_ENV; // as in a terminal (jest's "test" turns off Apollo's own signal handlers)
  const npm = spawn('npm', ['start', '--ignore-scripts', '--', '--no-sample'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  npm.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  npm.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
  await until('Parley to serve', () => /Parley is serving/.test(out) || npm.exitCode !== null, 150_000);
  const jvm = /"pid":(\d+),"msg":"embedded Neo4j ready"/.exec(out);
  if (!jvm) throw new Error(`npm start did not start Neo4j:\n${out}`);
  const parley = Number(fs.readFileSync(`/proc/${jvm[1]}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
  return { npm, exited, parleyPid: parley, jvmPid: Number(jvm[1]), output: () => out };
}

/** A client that made one request and keeps its connection open (keep-alive), as a browser or a program does. */
async function idleKeepAliveConnection(output: string): Promise<{ closed: () => boolean }> {
  const url = /Parley is serving (http:\/\/\S+?)\/ /.exec(output)![1]!;
  const agent = new http.Agent({ keepAlive: true });
  let closed = false;
  await new Promise<void>((resolve, reject) =>
    http
      .get(`${url}/healthz`, { agent }, (res) => {
        res.socket.once('close', () => (closed = true));
        res.resume();
        res.on('end', resolve);
      })
      .on('error', reject),
  );
  expect(Object.values(agent.freeSockets).flat()).toHaveLength(1);
  return { closed: () => closed };
}

async function expectAllGone(started: Started): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    started.exited,
    new Promise<'hung'>((r) => (timer = setTimeout(() => r('hung'), 60_000))),
  ]);
  clearTimeout(timer);
  expect({ code, output: code === 'hung' ? started.output() : '' }).toEqual({
    code: expect.any(Number),
    output: '',
  });
  await until('the JVM to exit', () => !alive(started.jvmPid), 30_000);
  expect(alive(started.parleyPid)).toBe(false);
}

test('Ctrl-C at the terminal (SIGINT to the process group) stops Parley and its JVM without waiting for an idle client', async () => {
  const started = await npmStart();
  expect(alive(started.jvmPid)).toBe(true);
  const client = await idleKeepAliveConnection(started.output());
  process.kill(-started.npm.pid!, 'SIGINT');
  await expectAllGone(started);
  expect(started.output()).toMatch(/embedded Neo4j stopped/);
  // The server closed the idle connection and its drain ended by itself, not at its deadline.
  expect(client.closed()).toBe(true);
  expect(started.output()).not.toMatch(/requests still running/);
}, 240_000);

test('SIGTERM to npm alone stops Parley and its JVM', async () => {
  const started = await npmStart();
  process.kill(started.npm.pid!, 'SIGTERM');
  await expectAllGone(started);
  expect(started.output()).toMatch(/embedded Neo4j stopped/);
}, 240_000);
