import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Integer } from 'neo4j-driver';
import { loadConfig } from '../../../src/config';
import { ErrorCode } from '../../../src/errors/error-codes';
import { EmbeddedNeo4j } from '../../../src/neo4j/embedded-neo4j';
import { launcherPaths } from '../../../src/neo4j/launcher-build';
import { testLogger } from '../../support/test-database';

const config = loadConfig({});
const paths = launcherPaths(config.projectRoot);
const embeddedOn = (dataDir: string) =>
  new EmbeddedNeo4j(
    { ...config.embedded, dataDir, port: 0, heap: '512m', pagecacheMb: 32 },
    paths,
    testLogger,
  );

async function count(uri: string): Promise<number> {
  const driver = neo4j.driver(uri);
  try {
    const r = await driver.executeQuery(
      'MATCH (n:LifecycleProbe) RETURN count(n) AS c',
      {},
      { database: 'neo4j' },
    );
    return (r.records[0]?.get('c') as Integer).toNumber();
  } finally {
    await driver.close();
  }
}

describe('the embedded Neo4j launcher', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-lifecycle-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a second instance on the same data directory with a clear message, and survives SIGKILL', async () => {
    const first = embeddedOn(dataDir);
    const uri = await first.start();
    expect(uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const driver = neo4j.driver(uri);
    await driver.executeQuery('CREATE (:LifecycleProbe {at: timestamp()})', {}, { database: 'neo4j' });
    await driver.close();

    const second = embeddedOn(dataDir);
    await expect(second.start()).rejects.toMatchObject({
      code: ErrorCode.DataDirectoryInUse,
      message: expect.stringMatching(/in use by another Neo4j process/),
    });

    process.kill(first.pid as number, 'SIGKILL');
    await first.waitForExit();

    // No lock is left behind: the same directory opens again, with the committed data.
    const third = embeddedOn(dataDir);
    const again = await third.start();
    expect(await count(again)).toBe(1);
    await third.stop();
  });
});
