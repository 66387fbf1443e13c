import type { NextFunction, Request, Response } from 'express';
import type { Authenticator } from '../../auth/authenticator';
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
 */
export function authenticate(auth: Authenticator, options: { anonymousReads: boolean }) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const result = await auth.authenticate(req.headers.authorization);
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
}
