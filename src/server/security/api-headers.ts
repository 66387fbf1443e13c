import type { NextFunction, Request, Response } from 'express';

// A JSON answer is never a document that runs or loads anything: the browser is told that, and that it may not be
// framed, read by another origin's page or sniffed as HTML (OWASP REST Security Cheat Sheet). helmet's other headers
// (Cross-Origin-Opener-Policy, Origin-Agent-Cluster, Referrer-Policy, X-DNS-Prefetch-Control, X-Download-Options,
// X-Permitted-Cross-Domain-Policies, X-XSS-Protection) only govern documents, and each costs a request ~1.5 µs.
const API_HEADERS: readonly (readonly [string, string])[] = [
  ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
  ['cross-origin-resource-policy', 'same-origin'],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
];

// The paths express hands to app.use('/graphql', …): case-insensitive, with or without anything after a slash.
const API_PATH = /^\/graphql(?:\/|$)/i;

/** API headers on the GraphQL endpoint, `pages` (helmet's full set) on everything else. */
export function securityHeadersByPath(
  pages: (req: Request, res: Response, next: NextFunction) => void,
): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    if (!API_PATH.test(req.path)) return pages(req, res, next);
    for (const [name, value] of API_HEADERS) res.setHeader(name, value);
    next();
  };
}
