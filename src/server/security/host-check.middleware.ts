import type { NextFunction, Request, Response } from 'express';
import { sendHttpError } from './http-errors';

/** The host name a Host header names, without its port ([::1]:4000 → [::1]). */
export function hostName(header: string | undefined): string {
  const h = (header ?? '').trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.split(':')[0]!;
}

/**
 * Refuses requests whose Host header is not one of the configured names: a web page on another origin that makes
 * its own name resolve to this address (DNS rebinding) sends its own name, and is turned away.
 */
export function hostCheck(allowed: string[] | '*') {
  const names = allowed === '*' ? undefined : new Set(allowed);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!names || names.has(hostName(req.headers.host))) return next();
    sendHttpError(
      res,
      421,
      'MISDIRECTED_REQUEST',
      'this server does not answer to that Host name (see PARLEY_ALLOWED_HOSTS)',
    );
  };
}
