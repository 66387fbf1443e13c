import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The Neo4j a bench runs on: NEO4J_URI when set, else a fresh embedded one in a temporary directory. `env` goes into
 * the bench's loadConfig; `fresh` says the graph starts empty; `cleanUp` removes the directory (after db.close()).
 */
export function benchNeo4j(name: string): { env: Record<string, string>; fresh: boolean; cleanUp(): void } {
  const dataDir = process.env.NEO4J_URI
    ? undefined
    : fs.mkdtempSync(path.join(os.tmpdir(), `parley-bench-${name}-`));
  return {
    env: dataDir ? { PARLEY_DATA_DIR: dataDir, PARLEY_NEO4J_PORT: '0' } : {},
    fresh: dataDir !== undefined,
    cleanUp: () => {
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
