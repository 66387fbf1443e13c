import type { Request, Response } from 'express';
import { FixedWindowCounter } from '../../../src/server/security/fixed-window-counter';
import { rateLimitPerCaller } from '../../../src/server/security/rate-limit.middleware';

/** Just enough of express's response for the middleware: headers, status and a JSON body. */
function response(principal: { id: string; role: 'reader' | 'editor' | null }) {
  const out = { status: 200, headers: {} as Record<string, string>, body: undefined as unknown };
  const res = {
    locals: { principal: { via: 'api-key', ...principal } },
    setHeader: (name: string, value: string) => (out.headers[name.toLowerCase()] = value),
    status: (s: number) => ((out.status = s), res),
    set: (h: Record<string, string>) => (Object.assign(out.headers, h), res),
    json: (b: unknown) => ((out.body = b), res),
  };
  return { res: res as unknown as Response, out };
}

describe('rate limit per caller', () => {
  let t = 1_000_000;
  const now = () => t;

  test('the limit+1st request of a key in a minute is refused with 429 and Retry-After; the next minute passes', () => {
    const limiter = rateLimitPerCaller({ perKey: 3, perAnonymousAddress: 0 }, now);
    const req = {} as Request;
    const passed: number[] = [];
    const ask = () => {
      const { res, out } = response({ id: 'key:a', role: 'reader' });
      let nexted = false;
      limiter(req, res, () => (nexted = true));
      if (nexted) passed.push(t);
      return out;
    };
    for (let i = 0; i < 3; i++) expect(ask().headers).toMatchObject({ 'ratelimit-policy': '3;w=60' });
    t += 20_000;
    const refused = ask();
    expect(passed).toHaveLength(3);
    expect(refused.status).toBe(429);
    expect(refused.headers).toMatchObject({
      ratelimit: 'limit=3, remaining=0, reset=40',
      'retry-after': '40',
    });
    expect(refused.body).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    // another key has its own count
    const other = response({ id: 'key:b', role: 'reader' });
    let otherPassed = false;
    limiter(req, other.res, () => (otherPassed = true));
    expect(otherPassed).toBe(true);
    t += 40_000;
    expect(ask().headers).toMatchObject({ ratelimit: 'limit=3, remaining=2, reset=60' });
    expect(passed).toHaveLength(4);
  });

  test('anonymous reads count per address, an IPv6 /56 as one address; 0 turns the limit off', () => {
    const limiter = rateLimitPerCaller({ perKey: 0, perAnonymousAddress: 1 }, now);
    const from = (ip: string) => {
      const { res, out } = response({ id: 'anonymous', role: null });
      let nexted = false;
      limiter({ ip } as Request, res, () => (nexted = true));
      return nexted ? 'passed' : out.status;
    };
    expect(from('2001:db8:1:100::1')).toBe('passed');
    expect(from('2001:db8:1:1ff::2')).toBe(429); // same /56
    expect(from('2001:db8:1:200::1')).toBe('passed'); // another /56
    expect(from('192.0.2.1')).toBe('passed');
    expect(from('192.0.2.1')).toBe(429);
    const keyed = response({ id: 'key:a', role: 'editor' });
    let nexted = 0;
    for (let i = 0; i < 5; i++) limiter({} as Request, keyed.res, () => nexted++);
    expect(nexted).toBe(5);
    expect(keyed.out.headers.ratelimit).toBeUndefined();
  });
});

describe('FixedWindowCounter', () => {
  test('drops the windows that have ended, so idle callers do not accumulate', () => {
    let t = 0;
    const counter = new FixedWindowCounter(1000, () => t);
    for (let i = 0; i < 100; i++) counter.hit(`caller-${i}`);
    expect(counter.size).toBe(100);
    t = 1500;
    expect(counter.hit('caller-0')).toEqual({ count: 1, resetAt: 2500 });
    expect(counter.size).toBe(1);
  });
});
