import fs from 'node:fs';
import type { EmbeddedNeo4j } from '../../src/neo4j/embedded-neo4j';

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __parleyNeo4j?: EmbeddedNeo4j };
  const embedded = holder.__parleyNeo4j;
  if (!embedded) return;
  holder.__parleyNeo4j = undefined;
  await embedded.stop();
  delete process.env.NEO4J_URI;
  const dir = process.env.PARLEY_TEST_DATA_DIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
