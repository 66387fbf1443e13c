import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { runInRequestScope } from '../logging/request-scope';

export const REQUEST_ID_HEADER = 'x-request-id';

// A caller's id is kept (a proxy's or a client's, to correlate) when it is short and plain; otherwise a new one.
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: taken from `x-request-id` when acceptable, else a new UUID; echoed in the response header. */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const given = req.get(REQUEST_ID_HEADER);
  const id = given !== undefined && ACCEPTED.test(given) ? given : randomUUID();
  res.locals.requestId = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  next();
}

/**
 * Runs the rest of the request inside its scope, so log lines and Cypher timings find it. Mounted after the body is
 * parsed: body-parser's stream callbacks would otherwise run outside the async context.
 */
export function enterRequestScope(_req: Request, res: Response, next: NextFunction): void {
  const id = typeof res.locals.requestId === 'string' ? res.locals.requestId : randomUUID();
  runInRequestScope({ id, statements: 0, cypherMs: 0 }, next);
}
