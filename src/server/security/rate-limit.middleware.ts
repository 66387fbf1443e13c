import type { Request, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { ErrorCode } from '../../errors/error-codes';
import { principalOf } from './auth.middleware';
import { sendHttpError } from './http-errors';

/**
 * Requests per minute per API key or token subject, and per client address (an IPv6 /56) for anonymous reads;
 * 0 turns a limit off. Runs after authentication, which it needs to tell the two apart.
 */
export function rateLimitPerCaller(limits: { perKey: number; perAnonymousAddress: number }) {
  const limitFor = (res: Response) =>
    principalOf(res).role === null ? limits.perAnonymousAddress : limits.perKey;
  return rateLimit({
    windowMs: 60_000,
    limit: (_req: Request, res: Response) => limitFor(res),
    skip: (_req: Request, res: Response) => limitFor(res) === 0,
    keyGenerator: (req: Request, res: Response) => {
      const principal = principalOf(res);
      return principal.role === null ? `ip:${ipKeyGenerator(req.ip ?? '')}` : principal.id;
    },
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req: Request, res: Response) =>
      sendHttpError(
        res,
        429,
        ErrorCode.RateLimited,
        'too many requests; wait for the time in the Retry-After header',
      ),
  });
}
