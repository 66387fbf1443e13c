import { KeyFile } from '../../auth/api-keys';
import { ConfigError, isLoopbackHost, type Config } from '../../config';

/** Whether any configured credential can prove the editor role: an editor key (env or keys file) or a JWT setup. */
export function writeCredentialsConfigured(security: Config['security']): boolean {
  if (security.jwt) return true;
  return [...security.apiKeys, ...new KeyFile(security.keysFile).read()].some((k) => k.role === 'editor');
}

/**
 * A server reachable from other machines must have a way to authorize writes; otherwise it refuses to start (before
 * Neo4j does) and says what to set.
 */
export function assertSafeExposure(config: Pick<Config, 'server' | 'security'>): void {
  const host = config.server.host;
  if (isLoopbackHost(host) || writeCredentialsConfigured(config.security)) return;
  throw new ConfigError([
    `HOST=${host} is reachable from other machines, and no credential can authorize writes: ` +
      'create an editor key (`parley keys create --role editor`, or set PARLEY_API_KEYS to the entry `parley keys create --no-save` prints), ' +
      'or set PARLEY_JWT_SECRET or PARLEY_JWKS_URL; or bind HOST=127.0.0.1',
  ]);
}
