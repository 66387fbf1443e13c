import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { resolveLogFormat } from '../../../src/logging/logger';
import { loadConfig } from '../../../src/config';

test('auto is pretty on a terminal, JSON on a pipe or file, and JSON in CI', () => {
  expect(resolveLogFormat('auto', false, true)).toBe('pretty');
  expect(resolveLogFormat('auto', false, false)).toBe('json');
  expect(resolveLogFormat('auto', true, true)).toBe('json');
  expect(resolveLogFormat('pretty', true, false)).toBe('pretty');
  expect(resolveLogFormat('json', false, true)).toBe('json');
});

test('CI=true or 1 counts as CI, CI=false does not; LOG_FORMAT is checked', () => {
  expect(loadConfig({ CI: 'true' }).ci).toBe(true);
  expect(loadConfig({ CI: '1' }).ci).toBe(true);
  expect(loadConfig({ CI: 'false' }).ci).toBe(false);
  expect(loadConfig({}).ci).toBe(false);
  expect(() => loadConfig({ LOG_FORMAT: 'yaml' })).toThrow(/LOG_FORMAT/);
});

const ENTRY = `
const { createLogger } = require(${JSON.stringify(path.join(__dirname, '../../../src/logging/logger.ts'))});
const { runInRequestScope } = require(${JSON.stringify(path.join(__dirname, '../../../src/logging/request-scope.ts'))});
const logger = createLogger('info', 'parley', process.argv[1]);
runInRequestScope({ id: 'req-42', statements: 0, cypherMs: 0 }, () => logger.info({ n: 1 }, 'hello there'));
`;

function logOnce(format: string): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', ENTRY, format], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stderr;
}

test('pretty lines are for people (level word, request id, no JSON); JSON lines carry reqId', () => {
  const pretty = logOnce('pretty');
  expect(pretty).toMatch(/INFO.*\[req-42\] hello there/);
  expect(pretty).not.toMatch(/^\{"level"/m);
  const json = JSON.parse(logOnce('json').trim());
  expect(json).toMatchObject({ level: 30, reqId: 'req-42', n: 1, msg: 'hello there' });
});
