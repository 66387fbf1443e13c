import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createKey, envEntry } from '../../../src/auth/api-keys';
import { loadConfig, type Config } from '../../../src/config';
import { composeParley } from '../../../src/composition-root';
import { loadRegistry } from '../../../src/neo4j/database';
import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { startHttpServer, type RunningServer } from '../../../src/server/http-server';
import { testClient, testLogger } from '../../support/test-database';

/** The real HTTP server on the tier's Neo4j (sample loaded), with an editor and a reader key. */
export interface SecuredServer {
  url: string;
  client: Neo4jClient;
  config: Config;
  editorKey: string;
  readerKey: string;
  close(): Promise<void>;
}

export async function startSecuredServer(env: Record<string, string> = {}): Promise<SecuredServer> {
  const client = testClient();
  const editor = createKey('editor', 'test editor');
  const reader = createKey('reader', 'test reader');
  const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-keys-'));
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    PARLEY_API_KEYS: [editor.stored, reader.stored].map(envEntry).join(','),
    PARLEY_KEYS_FILE: path.join(keysDir, 'keys.json'),
    ...env,
  });
  const parley = composeParley({ config, logger: testLogger, client });
  await parley.loader.loadPaths([path.join(config.projectRoot, 'data', 'sample')]);
  let server: RunningServer;
  try {
    server = await startHttpServer({ parley, registry: loadRegistry(config) });
  } catch (error) {
    await client.close();
    throw error;
  }
  return {
    url: server.url,
    client,
    config,
    editorKey: editor.key,
    readerKey: reader.key,
    close: async () => {
      await server.close();
      await client.close();
      fs.rmSync(keysDir, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  status: number;
  ms: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  headers: Headers;
}

/** POSTs a GraphQL request (or any body) and times the answer. */
export async function postGraphQL(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: payload,
  });
  const text = await res.text();
  let parsed: Answer['body'];
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = { errors: [{ message: text }] };
  }
  return { status: res.status, ms: performance.now() - started, body: parsed, headers: res.headers };
}

/** Polls /healthz every 100 ms until stopped; says the slowest answer and how many failed. */
export function watchHealth(url: string) {
  let slowest = 0;
  let failures = 0;
  let polls = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const started = performance.now();
      try {
        const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) });
        if (res.status !== 200) failures++;
        await res.arrayBuffer();
      } catch {
        failures++;
      }
      slowest = Math.max(slowest, performance.now() - started);
      polls++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return { slowest, failures, polls };
    },
  };
}

/**
 * Starts a POST that announces `contentLength` bytes but sends only `firstChunk`: the answer must not wait for the
 * rest (a server that read 5 MB before refusing would hang here).
 */
export function postAnnounced(
  url: string,
  contentLength: number,
  firstChunk: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; ms: number }> {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        hostname,
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': contentLength, ...headers },
      },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - started });
        req.destroy();
      },
    );
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
    req.write(firstChunk);
  });
}

/**
 * A time bound for this machine: `ms` when it is idle (as on CI), stretched by the run queue per core when other
 * work shares the cores (a developer's machine running other suites), so a bound fails on the server, not on a
 * neighbour. Say what it was in the failure message.
 */
export function budgetMs(ms: number): number {
  const crowding = os.loadavg()[0]! / os.availableParallelism();
  return Math.round(ms * Math.max(1, crowding));
}
