import { execFile } from 'node:child_process';
import path from 'node:path';
import type autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  body: string;
  connections: number;
  seconds: number;
}

const CLI = path.join(path.dirname(require.resolve('autocannon/package.json')), 'autocannon.js');

/**
 * POSTs `body` to `url` from `connections` keep-alive connections for `seconds`, with autocannon in a process of its
 * own: run in the bench's process, the client's work shared the event loop of the servers it measured. The result is
 * autocannon's own (its `--json` output).
 */
export function loadTest(o: LoadOptions): Promise<autocannon.Result> {
  const args = [CLI, '-j', '-c', String(o.connections), '-d', String(o.seconds), '-m', 'POST'];
  args.push('-H', 'content-type=application/json', '-b', o.body, o.url);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 2 ** 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`autocannon failed: ${error.message}\n${stderr.slice(-2000)}`));
      resolve(JSON.parse(stdout) as autocannon.Result);
    });
  });
}
