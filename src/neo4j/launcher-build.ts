import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley.error';
import type { Logger } from '../logging/logger';

export interface LauncherPaths {
  dir: string;
  classes: string;
  lib: string;
  stamp: string;
}

export function launcherPaths(projectRoot: string): LauncherPaths {
  const dir = path.join(projectRoot, 'tools', 'neo4j-embedded');
  return {
    dir,
    classes: path.join(dir, 'target', 'classes'),
    lib: path.join(dir, 'target', 'lib'),
    stamp: path.join(dir, 'target', 'parley-build.sha256'),
  };
}

/** Hash of the pom and the Java sources: a build is current when its stamp holds this hash. */
function sourceHash(dir: string): string {
  const hash = crypto.createHash('sha256');
  const files = [path.join(dir, 'pom.xml'), ...listFiles(path.join(dir, 'src'))].sort();
  for (const f of files) hash.update(f.slice(dir.length)).update(fs.readFileSync(f));
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full) : [full];
  });
}

export function isLauncherBuilt(paths: LauncherPaths): boolean {
  return fs.existsSync(paths.stamp) && fs.readFileSync(paths.stamp, 'utf8').trim() === sourceHash(paths.dir);
}

/** Builds the launcher with Maven unless the current sources are already built. */
export async function ensureLauncherBuilt(paths: LauncherPaths, logger: Logger): Promise<void> {
  if (isLauncherBuilt(paths)) return;
  logger.info(
    { dir: paths.dir },
    'building the embedded Neo4j launcher with Maven (the first build downloads about 125 MB of jars)',
  );
  const started = Date.now();
  const tail: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('mvn', ['-B', '-q', '-DskipTests', 'package'], {
      cwd: paths.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) tail.push(line);
      tail.splice(0, Math.max(0, tail.length - 40));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (e) =>
      reject(
        new ParleyError(
          ErrorCode.LauncherFailed,
          `cannot run Maven (mvn): ${e.message}; install Maven 3 and Java 17`,
        ),
      ),
    );
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    throw new ParleyError(
      ErrorCode.LauncherFailed,
      `Maven build of ${paths.dir} failed (exit ${code}):\n${tail.join('\n')}`,
    );
  }
  fs.writeFileSync(paths.stamp, sourceHash(paths.dir) + '\n');
  logger.info({ ms: Date.now() - started }, 'embedded Neo4j launcher built');
}
