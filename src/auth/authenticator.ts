// Turns an Authorization header into a Principal: an API key from the key ring, or a JWT; nothing is anonymous.
import { looksLikeApiKey, type KeyRing } from './api-keys';
import type { JwtVerifier } from './jwt-verifier';
import { ANONYMOUS, type Principal } from './principal';

export type Authentication = { ok: true; principal: Principal } | { ok: false; reason: string };

// Verified tokens are remembered briefly: a JWT check costs a signature verification per request otherwise.
const CACHE_MS = 60_000;
const CACHE_MAX = 1000;

export class Authenticator {
  private readonly cache = new Map<string, { principal: Principal; until: number }>();

  constructor(
    private readonly keys: () => KeyRing,
    private readonly jwt: JwtVerifier | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether any credential can prove the editor role (writes are impossible otherwise). */
  get canWrite(): boolean {
    return this.keys().hasRole('editor') || this.jwt !== undefined;
  }

  /** Answers at once for no credential, an API key or a remembered token; only a token's first check is a promise. */
  authenticate(authorization: string | undefined): Authentication | Promise<Authentication> {
    if (authorization === undefined || authorization === '') return { ok: true, principal: ANONYMOUS };
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!m) return { ok: false, reason: 'the Authorization header must be "Bearer <API key or JWT>"' };
    const token = m[1]!;
    if (looksLikeApiKey(token)) {
      const stored = this.keys().verify(token);
      return stored
        ? { ok: true, principal: { id: `key:${stored.id}`, via: 'api-key', role: stored.role } }
        : { ok: false, reason: 'unknown or revoked API key' };
    }
    if (!this.jwt) return { ok: false, reason: 'not a Parley API key, and JWTs are not configured' };
    const cached = this.cache.get(token);
    if (cached && cached.until > this.now()) return { ok: true, principal: cached.principal };
    return this.verifyToken(this.jwt, token);
  }

  private async verifyToken(jwt: JwtVerifier, token: string): Promise<Authentication> {
    const verified = await jwt.verify(token);
    if (!verified) return { ok: false, reason: 'invalid or expired token, or no reader/editor role in it' };
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(token, {
      principal: verified.principal,
      until: Math.min(this.now() + CACHE_MS, verified.expiresAt),
    });
    return { ok: true, principal: verified.principal };
  }
}
