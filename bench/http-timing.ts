import http from 'node:http';

// Timing helpers shared by the API benches: a keep-alive HTTP client and interleaved p50/p95.

/** Config for a server this client asks: every request comes from one address, so the anonymous rate limit is set so
 * high that it only costs its lookup (the default 600 a minute cuts a long run short). */
export const ONE_ADDRESS_ENV = { PARLEY_ANONYMOUS_RATE_LIMIT_PER_MINUTE: '1000000000' };

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export interface Timing {
  p50: number;
  p95: number;
}

/** Runs the variants in turn, rotating which goes first each round, so machine load hits all of them alike. */
export async function timeInterleaved(
  fns: (() => Promise<void>)[],
  warmup: number,
  runs: number,
): Promise<Timing[]> {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn();
  const ms = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < fns.length; j++) {
      const k = (i + j) % fns.length;
      const t = performance.now();
      await fns[k]!();
      ms[k]!.push(performance.now() - t);
    }
  }
  return ms.map((m) => {
    m.sort((a, b) => a - b);
    return { p50: percentile(m, 50), p95: percentile(m, 95) };
  });
}

// A plain keep-alive client, as autocannon uses: undici's fetch adds client-side milliseconds the server never spends.
export const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export function post(url: string, body: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      // a kept-alive socket the server closed while idle (its keep-alive timeout): send again on a fresh one
      if (req.reusedSocket && error.code === 'ECONNRESET') post(url, body, headers).then(resolve, reject);
      else reject(error);
    });
    req.end(body);
  });
}
