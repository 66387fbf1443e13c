// JWT bearer tokens, verified against a shared secret (HS256) or a JWKS URL; the role comes from one claim.
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isRole, type Principal, type Role } from './principal';

export interface JwtConfig {
  /** HS256 shared secret (at least 32 characters) */
  secret?: string;
  /** URL of a JSON Web Key Set (RS256, ES256, EdDSA…) */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** claim holding the role: a string or a list (`roles` by default); the strongest role wins */
  rolesClaim: string;
}

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export class JwtVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(
    private readonly config: JwtConfig,
    private readonly now: () => number = Date.now,
  ) {
    if (config.jwksUrl) {
      this.key = createRemoteJWKSet(new URL(config.jwksUrl), {
        timeoutDuration: 2000,
        cooldownDuration: 30_000,
      });
      this.algorithms = ASYMMETRIC;
    } else if (config.secret) {
      this.key = new TextEncoder().encode(config.secret);
      this.algorithms = ['HS256'];
    } else throw new Error('JwtVerifier needs a secret or a JWKS URL');
  }

  /** The principal a token proves and when it expires (ms), or null when it is invalid, expired, or names no role. */
  async verify(token: string): Promise<{ principal: Principal; expiresAt: number } | null> {
    let payload: JWTPayload;
    try {
      const options = {
        algorithms: this.algorithms,
        issuer: this.config.issuer,
        audience: this.config.audience,
        clockTolerance: 30,
        currentDate: new Date(this.now()),
      };
      // jose's two overloads (a key or a key getter) do not accept the union.
      payload =
        this.key instanceof Uint8Array
          ? (await jwtVerify(token, this.key, options)).payload
          : (await jwtVerify(token, this.key, options)).payload;
    } catch {
      return null;
    }
    const role = strongestRole(payload[this.config.rolesClaim]);
    if (!role) return null;
    return {
      principal: { id: `jwt:${payload.sub ?? 'unknown'}`, via: 'jwt', role },
      expiresAt: payload.exp !== undefined ? payload.exp * 1000 : Number.POSITIVE_INFINITY,
    };
  }
}

function strongestRole(claim: unknown): Role | null {
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  const roles = values.filter(isRole);
  return roles.includes('editor') ? 'editor' : roles.includes('reader') ? 'reader' : null;
}
