#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts in one process (tsx) and prints their figures.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'bench', 'run-all.ts'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
