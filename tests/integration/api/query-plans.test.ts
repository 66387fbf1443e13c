import neo4j from 'neo4j-driver';
import { loadConfig } from '../../../src/config';
import { loadRegistry } from '../../../src/neo4j/database';
import { FACT_RELATIONSHIPS, RelationshipType } from '../../../src/api/traversal/relationship-type';
import { shortestPathStatement } from '../../../src/api/traversal/traversal.repository';
import { ids, people, useSeededApi } from './api-fixture';

// The plans the API's hot statements must keep, read from PROFILE on the seeded graph (small graphs plan as big ones
// here: these operators do not depend on statistics).

const seeded = useSeededApi();
const config = loadConfig(process.env);
const registry = loadRegistry(config);

interface Operator {
  operatorType: string;
  arguments?: { Details?: unknown };
  children: Operator[];
}

const operators = (op: Operator): string[] => [
  `${op.operatorType.replace(/@.*$/, '')} ${String(op.arguments?.Details ?? '')}`,
  ...op.children.flatMap(operators),
];

/** Every operator of the statement's PROFILE plan, as "Type details". */
async function profile(name: string, params: Record<string, unknown>): Promise<string[]> {
  const driver = neo4j.driver(config.neo4j.uri!);
  try {
    const result = await driver.executeQuery(`PROFILE ${registry.get(name)}`, params, { routing: 'READ' });
    return operators(result.summary.profile as unknown as Operator);
  } finally {
    await driver.close();
  }
}

async function elementIds(...nodeIds: string[]): Promise<string[]> {
  const rows = await seeded.client.runRaw<{ e: string }>(
    'UNWIND $ids AS id MATCH (n {id: id}) RETURN elementId(n) AS e',
    { ids: nodeIds },
  );
  return rows.map((r) => r.e);
}

describe('ShortestPath', () => {
  it.each([
    ['the fact types', FACT_RELATIONSHIPS],
    ['any types', [RelationshipType.ATTENDED, RelationshipType.MENTIONS]],
  ])(
    'over %s runs on the bidirectional ShortestPath operator with the types in the pattern',
    async (_, types) => {
      const [fromId, toId] = await elementIds(people[2]!.id, ids.foreignOffice);
      const plan = await profile(shortestPathStatement(types, 6), { fromId, toId, types });
      const shortest = plan.filter((op) => op.startsWith('ShortestPath '));
      expect(shortest).toHaveLength(1);
      expect(shortest[0]).toMatch(/-\[\w+:ATTENDED\|[A-Z_|]+\*\.\.6\]-/);
      // no quantified-path search (StatefulShortestPath), no scan, no exhaustive fallback
      expect(plan.join('\n')).not.toMatch(/StatefulShortestPath|Scan|AntiConditionalApply|VarLengthExpand/);
    },
  );
});
