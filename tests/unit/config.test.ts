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
});
