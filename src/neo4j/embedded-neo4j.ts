import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { EmbeddedNeo4jConfig } from '../config';
import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley.error';
import type { Logger } from '../logging/logger';
import { ensureLauncherBuilt, type LauncherPaths } from './launcher-build';

const READY = /^READY (bolt:\/\/\S+)/;
const EXIT_DATA_DIR_IN_USE = 3;

// The flags Neo4j's own start scripts pass to the JVM.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
];

export interface EmbeddedStartOptions {
  /** forward the launcher's output to this process (the `parley neo4j` foreground mode) */
  foreground?: boolean;
}

/** Neo4j Community running in a child JVM (tools/neo4j-embedded), Bolt on loopback. */
export class EmbeddedNeo4j {
  private child: ChildProcess | undefined;
  private exited: Promise<number> | undefined;
  uri: string | undefined;
  startedInMs: number | undefined;

  constructor(
    private readonly config: EmbeddedNeo4jConfig,
    private readonly paths: LauncherPaths,
    private readonly logger: Logger,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(options: EmbeddedStartOptions = {}): Promise<string> {
    await ensureLauncherBuilt(this.paths, this.logger);
    fs.mkdirSync(this.config.dataDir, { recursive: true });
    const started = Date.now();
    const args = [
      `-Xmx${this.config.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${path.join(this.paths.lib, '*')}${path.delimiter}${this.paths.classes}`,
      'dev.parley.neo4j.Main',
      '--data',
      this.config.dataDir,
      '--port',
      String(this.config.port),
      '--pagecache',
      String(this.config.pagecacheMb * 1024 * 1024),
      '--watch-stdin',
    ];
    this.logger.info(
      { dataDir: this.config.dataDir, port: this.config.port || 'any free' },
      'starting embedded Neo4j',
    );
    // Its own process group: a terminal's Ctrl-C reaches Parley alone, which closes its driver, then stops Neo4j.
    // Should Parley die first, the launcher sees its stdin close and stops itself.
    const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    this.child = child;
    const tail: string[] = [];
    this.exited = new Promise((resolve) =>
      child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1))),
    );

    const onStderr = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (options.foreground) process.stderr.write(line + '\n');
      }
      tail.splice(0, Math.max(0, tail.length - 30));
    };
    child.stderr?.on('data', onStderr);

    const uri = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new ParleyError(
            ErrorCode.LauncherFailed,
            `embedded Neo4j did not become ready within ${this.config.startTimeoutMs} ms:\n${tail.join('\n')}`,
          ),
        );
        child.kill('SIGKILL');
      }, this.config.startTimeoutMs);
      let buffer = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (options.foreground) process.stdout.write(line + '\n');
          const m = READY.exec(line);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        }
      });
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(new ParleyError(ErrorCode.LauncherFailed, `cannot run java: ${e.message}; install Java 17`));
      });
      void this.exited?.then((code) => {
        clearTimeout(timer);
        const message = tail.filter((l) => l.startsWith('neo4j-embedded:')).join('\n') || tail.join('\n');
        if (code === EXIT_DATA_DIR_IN_USE) {
          reject(
            new ParleyError(
              ErrorCode.DataDirectoryInUse,
              message || `data directory ${this.config.dataDir} is in use`,
            ),
          );
        } else {
          reject(
            new ParleyError(
              ErrorCode.LauncherFailed,
              `embedded Neo4j exited with code ${code} before it was ready:\n${message}`,
            ),
          );
        }
      });
    });
    this.uri = uri;
    this.startedInMs = Date.now() - started;
    this.logger.info({ uri, ms: this.startedInMs, pid: child.pid }, 'embedded Neo4j ready');
    return uri;
  }

  /** Resolves with the exit code when the launcher stops by itself. */
  waitForExit(): Promise<number> {
    return this.exited ?? Promise.resolve(0);
  }

  /** SIGTERM (clean shutdown through the JVM hook), then SIGKILL if it lingers. */
  async stop(timeoutMs = 30_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
    this.logger.info('embedded Neo4j stopped');
  }
}
