import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logging/logger';
import { EmbeddedNeo4j } from '../src/neo4j/embedded-neo4j';
import { launcherPaths } from '../src/neo4j/launcher-build';

function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

/** Launcher start time (new and existing store) and memory, against a bare JVM start as the baseline. */
export async function runNeo4jLauncherBench(): Promise<void> {
  const config = loadConfig({});
  const logger = createLogger('warn', 'bench');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-neo4j-'));
  const embedded = () =>
    new EmbeddedNeo4j({ ...config.embedded, dataDir, port: 0 }, launcherPaths(config.projectRoot), logger);

  const jvmStart = Date.now();
  spawnSync('java', ['-Xmx1g', '-version'], { stdio: 'ignore' });
  const jvmMs = Date.now() - jvmStart;

  const first = embedded();
  await first.start();
  const coldMs = first.startedInMs ?? NaN;
  const rss = rssMb(first.pid);
  await first.stop();

  const second = embedded();
  await second.start();
  const warmMs = second.startedInMs ?? NaN;
  await second.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });

  const lib = launcherPaths(config.projectRoot).lib;
  const jarBytes = fs.readdirSync(lib).reduce((n, f) => n + fs.statSync(path.join(lib, f)).size, 0);
  console.log(
    `launcher start, new store:      ${coldMs} ms (${(coldMs / jvmMs).toFixed(1)}× a bare JVM start of ${jvmMs} ms)`,
  );
  console.log(
    `launcher start, existing store: ${warmMs} ms (${(warmMs / jvmMs).toFixed(1)}× a bare JVM start)`,
  );
  console.log(
    `launcher memory after ready:    ${rss} MB RSS (heap cap ${config.embedded.heap}, page cache ${config.embedded.pagecacheMb} MB)`,
  );
  console.log(`launcher jars (target/lib):     ${(jarBytes / 1024 / 1024).toFixed(0)} MB`);
}

if (require.main === module) void runNeo4jLauncherBench();
