// API keys: `parley_<id>_<secret>`; only the SHA-256 of the secret is stored (keys are random, so a slow hash adds nothing).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isRole, type Role } from './principal';

export interface StoredKey {
  id: string;
  role: Role;
  /** sha256 of the secret part, hex */
  hash: string;
  name?: string;
  created?: string;
}

const KEY_RE = /^parley_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;
const ENTRY_RE = /^([0-9a-f]{8}):([a-z]+):([0-9a-f]{64})$/;

function sha256Digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function sha256(text: string): string {
  return sha256Digest(text).toString('hex');
}

/** A key's id and secret, or null if it is not a Parley key (the secret is base64url: it may hold '_' anywhere). */
export function keyParts(key: string): { id: string; secret: string } | null {
  const m = KEY_RE.exec(key);
  return m ? { id: m[1]!, secret: m[2]! } : null;
}

/** A new key: the full key to hand out once, and the record to store. */
export function createKey(role: Role, name?: string, now = new Date()): { key: string; stored: StoredKey } {
  const id = randomBytes(4).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return {
    key: `parley_${id}_${secret}`,
    stored: { id, role, hash: sha256(secret), ...(name ? { name } : {}), created: now.toISOString() },
  };
}

/** The record a given key would be stored as (for `parley keys hash`), or null if it is not a Parley key. */
export function storedFormOf(key: string, role: Role): StoredKey | null {
  const parts = keyParts(key.trim());
  return parts ? { id: parts.id, role, hash: sha256(parts.secret) } : null;
}

/** `id:role:sha256` as PARLEY_API_KEYS takes it. */
export function envEntry(k: StoredKey): string {
  return `${k.id}:${k.role}:${k.hash}`;
}

/** Parses PARLEY_API_KEYS (comma-separated `id:role:sha256`); returns the problems instead of throwing. */
export function parseKeyEntries(text: string | undefined): { keys: StoredKey[]; problems: string[] } {
  const keys: StoredKey[] = [];
  const problems: string[] = [];
  for (const [i, raw] of (text ?? '').split(',').entries()) {
    const entry = raw.trim();
    if (!entry) continue;
    const m = ENTRY_RE.exec(entry);
    if (!m || !isRole(m[2])) {
      problems.push(
        `entry ${i + 1} must be id:role:sha256 with role reader or editor (see \`parley keys hash\`); the plain key never goes here`,
      );
      continue;
    }
    keys.push({ id: m[1]!, role: m[2], hash: m[3]! });
  }
  return { keys, problems };
}

/** The keys a server accepts, looked up by id and compared in constant time. */
export class KeyRing {
  // Each key's digest decoded once; `verified`: the secret that last matched it (in memory only, never written).
  private readonly byId: Map<string, { stored: StoredKey; digest: Buffer; verified?: Buffer }>;

  constructor(keys: StoredKey[]) {
    this.byId = new Map(keys.map((k) => [k.id, { stored: k, digest: Buffer.from(k.hash, 'hex') }]));
  }

  get size(): number {
    return this.byId.size;
  }

  hasRole(role: Role): boolean {
    return [...this.byId.values()].some((k) => k.stored.role === role);
  }

  /** The stored key a presented key matches, or null. */
  verify(presented: string): StoredKey | null {
    const parts = keyParts(presented);
    if (!parts) return null;
    const entry = this.byId.get(parts.id);
    if (!entry) return null;
    // KEY_RE fixes the secret's length, so the buffers compared are always the same size.
    const secret = Buffer.from(parts.secret, 'utf8');
    // Hashing costs a request ~8 µs (OpenSSL, with cold caches); a key-holder's next requests compare with the secret.
    if (entry.verified !== undefined && timingSafeEqual(secret, entry.verified)) return entry.stored;
    if (!timingSafeEqual(sha256Digest(parts.secret), entry.digest)) return null;
    entry.verified = secret;
    return entry.stored;
  }
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith('parley_');
}

/** The keys file `parley keys` maintains (JSON, mode 0600): hashes only. */
export class KeyFile {
  constructor(readonly file: string) {}

  read(): StoredKey[] {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const parsed = JSON.parse(text) as { keys?: unknown };
    if (!Array.isArray(parsed.keys)) throw new Error(`${this.file}: expected {"keys": [...]}`);
    return parsed.keys.map((k, i) => {
      const entry = k as Partial<StoredKey>;
      if (
        typeof entry.id !== 'string' ||
        !isRole(entry.role) ||
        typeof entry.hash !== 'string' ||
        !/^[0-9a-f]{64}$/.test(entry.hash)
      )
        throw new Error(`${this.file}: keys[${i}] must have id, role (reader or editor) and a sha256 hash`);
      return entry as StoredKey;
    });
  }

  /** Changes whenever the file is replaced or edited ('' when it does not exist). */
  version(): string {
    try {
      const st = fs.statSync(this.file);
      return `${st.ino}:${st.mtimeMs}:${st.size}`;
    } catch {
      return '';
    }
  }

  write(keys: StoredKey[]): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ keys }, null, 2) + '\n', { mode: 0o600 });
    fs.renameSync(tmp, this.file);
  }
}

// How often the keys file is looked at again, so `parley keys create` and `revoke` reach a running server.
const RECHECK_MS = 2000;

/** The key ring of PARLEY_API_KEYS plus the keys file, re-read when the file changes (checked every 2 s at most). */
export function keyRingSource(
  envKeys: StoredKey[],
  file: KeyFile,
  now: () => number = Date.now,
): () => KeyRing {
  let ring = new KeyRing([...envKeys, ...file.read()]);
  let version = file.version();
  let checked = now();
  return () => {
    if (now() - checked < RECHECK_MS) return ring;
    checked = now();
    const current = file.version();
    if (current !== version) {
      version = current;
      try {
        ring = new KeyRing([...envKeys, ...file.read()]);
      } catch {
        // A half-edited file keeps the previous keys; `parley keys` writes atomically, so this is a hand edit.
      }
    }
    return ring;
  };
}
