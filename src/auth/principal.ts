// Who sent a request and what they may do: one type shared by the HTTP layer, the API context and `parley keys`.

export const ROLES = ['reader', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** the key id or the token's subject; what logs and rate limits name */
  id: string;
  /** how the caller proved it: an API key, a JWT, or nothing (anonymous reads) */
  via: 'api-key' | 'jwt' | 'anonymous';
  role: Role | null;
}

export const ANONYMOUS: Principal = { id: 'anonymous', via: 'anonymous', role: null };

/** An editor may do everything a reader may. */
export function mayAct(principal: Principal, needed: Role): boolean {
  if (principal.role === null) return false;
  return needed === 'reader' || principal.role === 'editor';
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
