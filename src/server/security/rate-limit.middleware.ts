import type { NextFunction, Request, Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { ErrorCode } from '../../errors/error-codes';
import { principalOf } from './auth.middleware';
import { FixedWindowCounter } from './fixed-window-counter';
import { sendHttpError } from './http-errors';

const WINDOW_S = 60;

/**
 * Requests per minute per API key or token subject, and per client address (an IPv6 /56, express-rate-limit's
 * ipKeyGenerator) for anonymous reads; 0 turns a limit off. Runs after authentication, which it needs to tell the two
 * apart. Answers carry the IETF draft-7 RateLimit-Policy and RateLimit headers, a refusal Retry-After as well.
 * Counted here rather than by express-rate-limit's middleware: the same fixed windows, synchronously, at a fifth of
 * its cost per request (39 → 8 µs; it awaits seven promises per request).
 */
export function rateLimitPerCaller(
  limits: { perKey: number; perAnonymousAddress: number },
  now: () => number = Date.now,
) {
  const counter = new FixedWindowCounter(WINDOW_S * 1000, now);
  return (req: Request, res: Response, next: NextFunction): void => {
    const principal = principalOf(res);
    const anonymous = principal.role === null;
    const limit = anonymous ? limits.perAnonymousAddress : limits.perKey;
    if (limit === 0) return next();
    const window = counter.hit(anonymous ? `ip:${ipKeyGenerator(req.ip ?? '')}` : principal.id);
    const reset = Math.max(0, Math.ceil((window.resetAt - now()) / 1000));
    res.setHeader('RateLimit-Policy', `${limit};w=${WINDOW_S}`);
    res.setHeader(
      'RateLimit',
      `limit=${limit}, remaining=${Math.max(0, limit - window.count)}, reset=${reset}`,
    );
    if (window.count <= limit) return next();
    sendHttpError(
      res,
      429,
      ErrorCode.RateLimited,
      'too many requests; wait for the time in the Retry-After header',
      {
        'retry-after': String(reset),
      },
    );
  };
}
