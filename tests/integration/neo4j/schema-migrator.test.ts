import { declaredSchemaNames, migrateSchema, missingSchema } from '../../../src/neo4j/schema-migrator';
import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { stripComments } from '../../../src/neo4j/cypher-registry';
import { loadRegistry } from '../../../src/neo4j/database';
import { loadConfig } from '../../../src/config';
import { testClient, testLogger } from '../../support/test-database';

const registry = loadRegistry(loadConfig(process.env));

describe('schema migrations', () => {
  let client: Neo4jClient;
  beforeAll(() => {
    client = testClient();
  });
  afterAll(() => client.close());

  it('are idempotent: a second run changes no constraint or index', async () => {
    const before = await client.runRaw<{ name: string; state: string }>(
      'SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name',
      {},
      'READ',
    );
    await migrateSchema(client, registry, testLogger);
    await migrateSchema(client, registry, testLogger);
    const after = await client.runRaw(
      'SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name',
      {},
      'READ',
    );
    expect(after).toEqual(before);
    expect(await missingSchema(client, registry)).toEqual([]);
  });

  it('back every node id with a uniqueness constraint', async () => {
    const rows = await client.runRaw<{ label: string; props: string[] }>(
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties AS props",
      {},
      'READ',
    );
    const unique = new Set(
      rows.filter((r) => r.props.length === 1 && r.props[0] === 'id').map((r) => r.label),
    );
    for (const label of ['Article', 'Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic']) {
      expect(unique).toContain(label);
    }
    expect(declaredSchemaNames(registry).length).toBeGreaterThanOrEqual(10);
  });
});

describe('every .cypher file', () => {
  let client: Neo4jClient;
  beforeAll(() => {
    client = testClient();
  });
  afterAll(() => client.close());

  it.each(registry.names())('%s passes EXPLAIN', async (name) => {
    await expect(client.runRaw(`EXPLAIN ${stripComments(registry.get(name))}`)).resolves.toBeDefined();
  });
});
