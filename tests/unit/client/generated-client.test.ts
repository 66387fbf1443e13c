import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// src/client/generated/ is what GraphQL Code Generator makes of schema/ and the operations today (run
// `npm run client:generate` after changing either); the check fails on a changed operation.

const ROOT = path.join(__dirname, '..', '..', '..');
const CHECK = path.join(ROOT, 'scripts', 'check-client-generated.mjs');

test('src/client/generated/graphql.ts is current, and the check notices a changed operation', () => {
  const current = spawnSync(process.execPath, [CHECK], { cwd: ROOT, encoding: 'utf8' });
  expect({ status: current.status, stderr: current.stderr }).toEqual({ status: 0, stderr: '' });

  // The same check on a copy whose operation gained a field.
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-codegen-'));
  try {
    for (const part of ['codegen.ts', 'schema', 'examples/operations', 'src/client', 'scripts'])
      fs.cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    const op = path.join(copy, 'src', 'client', 'operations', 'SearchPage.graphql');
    fs.writeFileSync(op, fs.readFileSync(op, 'utf8').replace('score', 'score\n        date'));
    const stale = spawnSync(process.execPath, [path.join(copy, 'scripts', 'check-client-generated.mjs')], {
      cwd: copy,
      encoding: 'utf8',
    });
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/graphql\.ts is stale/);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}, 90_000);
