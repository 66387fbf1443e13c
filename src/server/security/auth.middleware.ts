import type { NextFunction, Request, Response } from 'express';
import type { Authentication, Authenticator } from '../../auth/authenticator';
import type { Principal } from '../../auth/principal';
import { ErrorCode } from '../../errors/error-codes';
import { sendHttpError } from './http-errors';

/** The principal the auth middleware found, for the handlers after it. */
export function principalOf(res: Response): Principal {
  return res.locals.principal as Principal;
}

/**
 * Authenticates the Authorization header: a bad credential is 401 even for a read (never silently anonymous); no
 * credential is anonymous, admitted only when anonymous reads are on. Roles for writes are checked in GraphQL.
 * Synchronous unless a token needs verifying: an API key or no credential costs no promise per request.
 */
export function authenticate(auth: Authenticator, options: { anonymousReads: boolean }) {
  const admit = (result: Authentication, res: Response, next: NextFunction): void => {
    if (!result.ok) {
      sendHttpError(res, 401, ErrorCode.Unauthenticated, result.reason, {
        'www-authenticate': 'Bearer error="invalid_token"',
      });
      return;
    }
    if (result.principal.role === null && !options.anonymousReads) {
      sendHttpError(
        res,
        401,
        ErrorCode.Unauthenticated,
        'this server needs an API key or token for reads too: send Authorization: Bearer <key>',
        { 'www-authenticate': 'Bearer' },
      );
      return;
    }
    res.locals.principal = result.principal;
    next();
  };
  return (req: Request, res: Response, next: NextFunction): void | Promise<void> => {
    const result = auth.authenticate(req.headers.authorization);
    // express 5 passes a rejected promise on to the error handler
    if (result instanceof Promise) return result.then((r) => admit(r, res, next));
    admit(result, res, next);
  };
}
