import neo4j from 'neo4j-driver';
import { loadConfig } from '../../../src/config';
import { loadRegistry } from '../../../src/neo4j/database';
import { FACT_RELATIONSHIPS, RelationshipType } from '../../../src/api/traversal/relationship-type';
import { shortestPathStatement } from '../../../src/api/traversal/traversal.repository';
import { foldName, personKey } from '../../../src/domain/names';
import { ids, people, useSeededApi } from './api-fixture';

// The plans the API's hot statements must keep, read from PROFILE on the seeded graph (small graphs plan as big ones
// here: these operators do not depend on statistics).

const seeded = useSeededApi();
const config = loadConfig(process.env);
const registry = loadRegistry(config);

interface Operator {
  operatorType: string;
  rows: number;
  arguments?: { Details?: unknown };
  children: Operator[];
}

/** An operator of a PROFILE plan as "Type details", and the rows it produced. */
interface Step {
  text: string;
  rows: number;
}

const steps = (op: Operator): Step[] => [
  { text: `${op.operatorType.replace(/@.*$/, '')} ${String(op.arguments?.Details ?? '')}`, rows: op.rows },
  ...op.children.flatMap(steps),
];

/** Every operator of the statement's PROFILE plan with the rows it produced. */
async function profileSteps(name: string, params: Record<string, unknown>): Promise<Step[]> {
  const driver = neo4j.driver(config.neo4j.uri!);
  try {
    const result = await driver.executeQuery(`PROFILE ${registry.get(name)}`, params, { routing: 'READ' });
    return steps(result.summary.profile as unknown as Operator);
  } finally {
    await driver.close();
  }
}

/** Every operator of the statement's PROFILE plan, as "Type details". */
async function profile(name: string, params: Record<string, unknown>): Promise<string[]> {
  return (await profileSteps(name, params)).map((step) => step.text);
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

describe('Name lookups', () => {
  const alma = people[0]!;
  const name = { name: alma.name, key: foldName(alma.name), pkey: personKey(alma.name) };
  it.each([
    ['queries/person-by-name', { person: name }],
    ['queries/meetings-between', { a: name, b: name, with: {}, limit: 1, afterSort: null, afterId: null }],
    [
      'queries/organization-by-name',
      { name: 'Apitest Foreign Office', key: foldName('Apitest Foreign Office') },
    ],
    ['queries/topic-by-name', { name: 'Apitest trade', key: foldName('Apitest trade') }],
    ['queries/resolve-entities', { names: [{ ...name, code: null }] }],
  ])('%s finds names by a seek on the NameKey index, with no full-text query', async (statement, params) => {
    const plan = await profileSteps(statement, params);
    const seeks = plan.filter((op) => /^NodeUniqueIndexSeek UNIQUE \w+:NameKey\(key\)/.test(op.text));
    expect(seeks.length).toBeGreaterThan(0);
    expect(seeks.some((op) => op.rows > 0)).toBe(true);
    expect(plan.map((op) => op.text).join('\n')).not.toMatch(
      /ProcedureCall|fulltext|NodeByLabelScan \w+:(Person|Organization|Place|Topic|Meeting)/,
    );
  });
});
