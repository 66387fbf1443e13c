import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j and local serving when nothing is set', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.server).toMatchObject({ host: '127.0.0.1', port: 4000 });
    expect(config.logLevel).toBe('info');
    expect(config.maxArticleBytes).toBe(5 * 1024 * 1024);
    expect(config.embedded.dataDir).toBe(path.join(config.projectRoot, '.parley', 'neo4j'));
  });

  it('reads an external server and its credentials', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'parley',
      PORT: '8080',
    });
    expect(config.neo4j).toMatchObject({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'neo4j',
      database: 'parley',
    });
    expect(config.server.port).toBe(8080);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: undefined }).neo4j.uri).toBeUndefined();
  });

  it('lists every problem in one error', () => {
    let error: unknown;
    try {
      loadConfig({ NEO4J_URI: 'http://localhost:7474', PORT: 'eighty', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/NEO4J_URI="http:\/\/localhost:7474"/);
    expect(problems.join('\n')).toMatch(/PORT="eighty"/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL="loud"/);
  });

  it('rejects a username without a password for an external server', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7999', NEO4J_USERNAME: 'neo4j' })).toThrow(
      /NEO4J_USERNAME and NEO4J_PASSWORD must be set together/,
    );
  });

  it('rejects ports out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(ConfigError);
  });

  it('opens reads without credentials on loopback only, unless told', () => {
    expect(loadConfig({}).security.anonymousReads).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0' }).security.anonymousReads).toBe(false);
    expect(loadConfig({ HOST: '0.0.0.0', PARLEY_ANONYMOUS_READS: 'true' }).security.anonymousReads).toBe(
      true,
    );
    expect(loadConfig({ PARLEY_ANONYMOUS_READS: 'no' }).security.anonymousReads).toBe(false);
  });

  it('accepts the loopback names and HOST in the Host header unless a list (or *) is given', () => {
    expect(loadConfig({}).security.allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(loadConfig({ HOST: 'parley.internal' }).security.allowedHosts).toContain('parley.internal');
    expect(loadConfig({ HOST: '0.0.0.0' }).security.allowedHosts).not.toContain('0.0.0.0');
    expect(loadConfig({ PARLEY_ALLOWED_HOSTS: 'a.example, B.example' }).security.allowedHosts).toEqual([
      'a.example',
      'b.example',
    ]);
    expect(loadConfig({ PARLEY_ALLOWED_HOSTS: '*' }).security.allowedHosts).toBe('*');
  });

  it('refuses a plain key in PARLEY_API_KEYS, a short JWT secret, and both JWT sources at once', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (e) {
        return (e as ConfigError).problems;
      }
    };
    expect(problems({ PARLEY_API_KEYS: 'parley_0123abcd_secret' }).join()).toMatch(/PARLEY_API_KEYS/);
    expect(problems({ PARLEY_JWT_SECRET: 'short' }).join()).toMatch(/at least 32/);
    expect(
      problems({
        PARLEY_JWT_SECRET: 'x'.repeat(32),
        PARLEY_JWKS_URL: 'https://idp.example/jwks.json',
      }).join(),
    ).toMatch(/set one, not both/);
    expect(loadConfig({ PARLEY_MAX_INGEST_BYTES: '99999999' }).maxIngestBytes).toBe(5 * 1024 * 1024);
  });
});
