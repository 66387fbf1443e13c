import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logging/logger';
import { loadRegistry } from '../../src/neo4j/database';
import type { CypherRegistry } from '../../src/neo4j/cypher-registry';
import { Neo4jClient } from '../../src/neo4j/neo4j-client';

/** A client on the tier's Neo4j (started by the global setup), with the project's Cypher registry. */
export function testClient(registry?: CypherRegistry): Neo4jClient {
  const config = loadConfig(process.env);
  if (!config.neo4j.uri)
    throw new Error('NEO4J_URI is not set: run this test through the integration project');
  return Neo4jClient.create({ ...config.neo4j, uri: config.neo4j.uri }, registry ?? loadRegistry(config));
}

export const testLogger = createLogger('silent', 'test');
