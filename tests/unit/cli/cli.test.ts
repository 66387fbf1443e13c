import { runCli } from '../../support/run-cli';

describe('the parley CLI frame', () => {
  it('lists its commands and exits 0 on --help', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    for (const command of ['neo4j', 'migrate', 'extract']) expect(r.stdout).toContain(command);
  });

  it('gives each command its own --help', () => {
    const r = runCli(['neo4j', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--port/);
  });

  it('exits 2 on an unknown command or option', () => {
    expect(runCli(['frobnicate']).status).toBe(2);
    const r = runCli(['migrate', '--no-such-flag']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });

  it('exits 2 with every configuration problem in one message, before touching Neo4j', () => {
    const r = runCli(['migrate'], { PORT: 'eighty', LOG_LEVEL: 'loud', NEO4J_URI: 'http://nope' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/invalid configuration/);
    expect(r.stderr).toMatch(/PORT="eighty"/);
    expect(r.stderr).toMatch(/LOG_LEVEL="loud"/);
    expect(r.stderr).toMatch(/NEO4J_URI="http:\/\/nope"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the URI and fails cleanly when NEO4J_URI is unreachable', () => {
    const r = runCli(['migrate'], { NEO4J_URI: 'bolt://127.0.0.1:1', PARLEY_CONNECT_TIMEOUT_MS: '1500' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
