#!/usr/bin/env node
// Runs every test tier (unit in parallel, then integration and e2e in band on one real Neo4j) and
// ends with the plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outDir = path.join(root, '.parley');
fs.mkdirSync(outDir, { recursive: true });
const extra = process.argv.slice(2);
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');

const runs = [
  { name: 'unit', args: ['--selectProjects', 'unit', '--maxWorkers=2'] },
  { name: 'integration+e2e', args: ['--selectProjects', 'integration', 'e2e', '--runInBand'] },
];
let passed = 0,
  failed = 0,
  skipped = 0,
  status = 0;
for (const run of runs) {
  const out = path.join(outDir, `jest-${run.name}.json`);
  fs.rmSync(out, { force: true });
  const r = spawnSync(
    process.execPath,
    [jest, '--ci', ...run.args, '--json', `--outputFile=${out}`, ...extra],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (fs.existsSync(out)) {
    const res = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed += res.numPassedTests;
    failed += res.numFailedTests;
    skipped += res.numPendingTests + (res.numTodoTests ?? 0);
    // A suite that fails to load has no failed test; count it so it cannot hide.
    failed += res.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
  } else if (r.status !== 0) {
    failed += 1;
  }
  if (r.status !== 0) status = r.status ?? 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status || (failed ? 1 : 0));
