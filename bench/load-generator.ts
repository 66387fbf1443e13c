import { execFile } from 'node:child_process';
import path from 'node:path';

export interface LoadRun {
  /** mean requests per second over the run */
  rps: number;
  /** requests answered */
  requests: number;
  /** latency p50 in ms */
  p50: number;
  /** errors, timeouts and non-2xx answers */
  failures: number;
}

export interface LoadOptions {
  url: string;
  body: string;
  connections: number;
  seconds: number;
}

const CLI = path.join(path.dirname(require.resolve('autocannon/package.json')), 'autocannon.js');

/**
 * POSTs `body` to `url` from `connections` keep-alive connections for `seconds`, with autocannon in a process of its
 * own: run in the bench's process, the client's work shared the event loop of the servers it measured.
 */
export function loadTest(o: LoadOptions): Promise<LoadRun> {
  const args = [CLI, '-j', '-c', String(o.connections), '-d', String(o.seconds), '-m', 'POST'];
  args.push('-H', 'content-type=application/json', '-b', o.body, o.url);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 2 ** 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`autocannon failed: ${error.message}\n${stderr.slice(-2000)}`));
      const r = JSON.parse(stdout) as {
        requests: { average: number; total: number };
        latency: { p50: number };
        errors: number;
        non2xx: number;
        timeouts: number;
      };
      resolve({
        rps: r.requests.average,
        requests: r.requests.total,
        p50: r.latency.p50,
        failures: r.errors + r.non2xx + r.timeouts,
      });
    });
  });
}
