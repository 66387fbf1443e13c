import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import {
  createKey,
  envEntry,
  keyParts,
  KeyRing,
  parseKeyEntries,
  storedFormOf,
} from '../../../src/auth/api-keys';
import { Authenticator } from '../../../src/auth/authenticator';
import { JwtVerifier } from '../../../src/auth/jwt-verifier';
import { mayAct } from '../../../src/auth/principal';

const SECRET = 'a-shared-secret-of-at-least-32-characters';

function authenticator(keys: ReturnType<typeof createKey>[], jwt?: JwtVerifier, now?: () => number) {
  const ring = new KeyRing(keys.map((k) => k.stored));
  return new Authenticator(() => ring, jwt, now);
}

function hs256(claims: Record<string, unknown>, expiresIn = '5m', secret = SECRET): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('alice')
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

describe('API keys', () => {
  test('a key is stored as the SHA-256 of its secret, and only the full key matches', async () => {
    const editor = createKey('editor', 'ci');
    expect(editor.key).toMatch(/^parley_[0-9a-f]{8}_[\w-]{43}$/);
    const { secret } = keyParts(editor.key)!;
    expect(JSON.stringify(editor.stored)).not.toContain(secret);
    const auth = authenticator([editor]);
    // checked without a promise: the middleware admits a key-holder's request in the same tick
    expect(auth.authenticate(`Bearer ${editor.key}`)).toEqual({
      ok: true,
      principal: { id: `key:${editor.stored.id}`, via: 'api-key', role: 'editor' },
    });
    const wrongSecret = editor.key.slice(0, -1) + (editor.key.endsWith('A') ? 'B' : 'A');
    expect(auth.authenticate(`Bearer ${wrongSecret}`)).toMatchObject({ ok: false });
    const otherId = `parley_${editor.stored.id === '00000000' ? '11111111' : '00000000'}_${secret}`;
    expect(auth.authenticate(`Bearer ${otherId}`)).toMatchObject({ ok: false });
  });

  test('after a key has matched, a secret that differs from it in one character, or under another id, is refused', () => {
    const a = createKey('editor');
    const b = createKey('reader');
    const ring = new KeyRing([a.stored, b.stored]);
    expect(ring.verify(a.key)).toEqual(a.stored);
    expect(ring.verify(a.key)).toEqual(a.stored);
    const { secret } = keyParts(a.key)!;
    for (const i of [0, 21, 42]) {
      const changed = secret.slice(0, i) + (secret[i] === 'A' ? 'B' : 'A') + secret.slice(i + 1);
      expect(ring.verify(`parley_${a.stored.id}_${changed}`)).toBeNull();
    }
    expect(ring.verify(`parley_${b.stored.id}_${secret}`)).toBeNull();
    expect(ring.verify(b.key)).toEqual(b.stored);
    expect(ring.verify(a.key)).toEqual(a.stored);
  });

  test("a secret may start with or hold '_' (base64url), and such a key still matches only itself", () => {
    const key = `parley_0123abcd__${'a_'.repeat(21)}`;
    expect(keyParts(key)).toEqual({ id: '0123abcd', secret: `_${'a_'.repeat(21)}` });
    const stored = storedFormOf(key, 'reader')!;
    const ring = new KeyRing([stored]);
    expect(ring.verify(key)).toEqual(stored);
    expect(ring.verify(key.replace('__', '_-'))).toBeNull();
    expect(keyParts(`${key}_`)).toBeNull();
  });

  test('PARLEY_API_KEYS entries round-trip, and a plain key pasted there is refused', () => {
    const reader = createKey('reader');
    const parsed = parseKeyEntries(` ${envEntry(reader.stored)} ,`);
    expect(parsed).toEqual({
      keys: [{ id: reader.stored.id, role: 'reader', hash: reader.stored.hash }],
      problems: [],
    });
    expect(storedFormOf(reader.key, 'reader')).toEqual(parsed.keys[0]);
    expect(parseKeyEntries(reader.key).problems).toHaveLength(1);
    expect(parseKeyEntries(`${reader.stored.id}:admin:${reader.stored.hash}`).problems).toHaveLength(1);
  });

  test('no header is anonymous; a malformed one is refused, not ignored', async () => {
    const auth = authenticator([]);
    expect(await auth.authenticate(undefined)).toMatchObject({
      ok: true,
      principal: { role: null },
    });
    expect(await auth.authenticate('Basic dXNlcjpwYXNz')).toMatchObject({ ok: false });
    expect(await auth.authenticate('Bearer not-a-key')).toMatchObject({ ok: false });
    expect(auth.canWrite).toBe(false);
  });

  test('an editor may read and write, a reader only read, anonymous neither', () => {
    expect(mayAct({ id: 'a', via: 'api-key', role: 'editor' }, 'reader')).toBe(true);
    expect(mayAct({ id: 'a', via: 'api-key', role: 'reader' }, 'editor')).toBe(false);
    expect(mayAct({ id: 'a', via: 'anonymous', role: null }, 'reader')).toBe(false);
  });
});

describe('JWT bearer tokens', () => {
  const verifier = new JwtVerifier({ secret: SECRET, rolesClaim: 'roles', issuer: 'https://issuer.example' });

  test('a token signed with the secret gives the strongest role it names', async () => {
    const auth = authenticator([], verifier);
    const token = await new SignJWT({ roles: ['reader', 'editor'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .setIssuer('https://issuer.example')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));
    expect(await auth.authenticate(`Bearer ${token}`)).toEqual({
      ok: true,
      principal: { id: 'jwt:alice', via: 'jwt', role: 'editor' },
    });
    expect(auth.canWrite).toBe(true);
  });

  test.each([
    ['another secret', () => hs256({ roles: 'editor', iss: 'https://issuer.example' }, '5m', 'x'.repeat(40))],
    ['expired', () => hs256({ roles: 'editor', iss: 'https://issuer.example' }, '-1m')],
    ['another issuer', () => hs256({ roles: 'editor', iss: 'https://elsewhere.example' })],
    ['no role', () => hs256({ iss: 'https://issuer.example' })],
    ['an unknown role', () => hs256({ roles: 'admin', iss: 'https://issuer.example' })],
  ])('refused: %s', async (_what, make) => {
    expect(await authenticator([], verifier).authenticate(`Bearer ${await make()}`)).toMatchObject({
      ok: false,
    });
  });

  test('a remembered token stops working when it expires', async () => {
    let now = Date.now();
    const clock = () => now;
    const auth = authenticator([], new JwtVerifier({ secret: SECRET, rolesClaim: 'roles' }, clock), clock);
    const token = await new SignJWT({ roles: 'reader' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(Math.floor(now / 1000) + 40)
      .sign(new TextEncoder().encode(SECRET));
    expect(await auth.authenticate(`Bearer ${token}`)).toMatchObject({ ok: true });
    now += 20_000;
    expect(await auth.authenticate(`Bearer ${token}`)).toMatchObject({ ok: true });
    // Past its expiry and the 30 s of clock skew the verifier allows.
    now += 60_000;
    expect(await auth.authenticate(`Bearer ${token}`)).toMatchObject({ ok: false });
  });

  test('tokens signed by a key from a JWKS URL', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    const jwks = http.createServer((_req, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
      const auth = authenticator([], new JwtVerifier({ jwksUrl: url, rolesClaim: 'roles' }));
      const token = await new SignJWT({ roles: 'reader' })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setSubject('bob')
        .setExpirationTime('5m')
        .sign(privateKey);
      expect(await auth.authenticate(`Bearer ${token}`)).toMatchObject({
        ok: true,
        principal: { id: 'jwt:bob', role: 'reader' },
      });
      const forged = await new SignJWT({ roles: 'editor' })
        .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(SECRET));
      expect(await auth.authenticate(`Bearer ${forged}`)).toMatchObject({ ok: false });
    } finally {
      jwks.close();
    }
  });
});
