import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns `parley ARGS` from sources, with the given environment added. */
export function runCli(args: string[], env: Record<string, string> = {}, input?: string): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'cli-entry.ts'), ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
