import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { keyParts } from '../../../src/auth/api-keys';
import { runCli } from '../../support/run-cli';

let dir: string;
let env: Record<string, string>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-keys-cli-'));
  env = { PARLEY_KEYS_FILE: path.join(dir, 'keys.json') };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('parley keys create prints the key once and stores only its hash; list, hash and revoke use the id', () => {
  const made = runCli(['keys', 'create', '--role', 'editor', '--name', 'ci'], env);
  expect(made.status).toBe(0);
  const key = made.stdout.trim();
  expect(key).toMatch(/^parley_[0-9a-f]{8}_[\w-]{43}$/);
  // not split('_'): the secret is base64url and may hold or start with '_'
  const { id, secret } = keyParts(key)!;
  const stored = fs.readFileSync(env.PARLEY_KEYS_FILE!, 'utf8');
  expect(stored).toContain(id);
  expect(stored).not.toContain(secret);
  expect(fs.statSync(env.PARLEY_KEYS_FILE!).mode & 0o077).toBe(0);

  expect(runCli(['keys', 'list'], env).stdout).toMatch(new RegExp(`^${id}\\teditor\\tci\\t`, 'm'));
  const hashed = runCli(['keys', 'hash', '--role', 'editor'], env, key);
  expect(hashed.stdout.trim()).toMatch(new RegExp(`^${id}:editor:[0-9a-f]{64}$`));
  expect(JSON.parse(stored).keys[0].hash).toBe(hashed.stdout.trim().split(':')[2]);

  expect(runCli(['keys', 'revoke', id], env).status).toBe(0);
  expect(runCli(['keys', 'list'], env).stdout).not.toContain(id);
  expect(runCli(['keys', 'revoke', id], env).status).toBe(1);
  expect(runCli(['keys', 'create', '--role', 'admin'], env).status).toBe(2);
});

test('serve on a non-loopback address without write credentials refuses to start and says what to set', () => {
  // its own keys file: the test above leaves an editor key behind when it fails before revoking it
  const r = runCli(['serve', '--host', '0.0.0.0'], {
    PARLEY_KEYS_FILE: path.join(dir, 'none.json'),
    NEO4J_URI: 'bolt://127.0.0.1:1',
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/HOST=0\.0\.0\.0 is reachable from other machines/);
  expect(r.stderr).toMatch(/parley keys create --role editor/);
  expect(r.stderr).toMatch(/PARLEY_JWT_SECRET/);
  // It said so before trying Neo4j (which is unreachable here).
  expect(r.stderr).not.toMatch(/cannot reach Neo4j/);
});
