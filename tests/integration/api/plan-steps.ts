import neo4j from 'neo4j-driver';
import { loadConfig } from '../../../src/config';
import { loadRegistry } from '../../../src/neo4j/database';

// A registry statement's PROFILE plan as a flat list of operators, for tests that pin the plans the API must keep.

const config = loadConfig(process.env);
const registry = loadRegistry(config);

interface Operator {
  operatorType: string;
  rows: number;
  dbHits: number;
  arguments?: { Details?: unknown };
  children: Operator[];
}

/** An operator of a PROFILE plan as "Type details", the rows it produced and its reads (db hits). */
export interface Step {
  text: string;
  rows: number;
  hits: number;
}

const steps = (op: Operator): Step[] => [
  {
    text: `${op.operatorType.replace(/@.*$/, '')} ${String(op.arguments?.Details ?? '')}`,
    rows: op.rows,
    hits: op.dbHits,
  },
  ...op.children.flatMap(steps),
];

/** Every operator of the statement's PROFILE plan with the rows it produced (on the tests' server unless told). */
export async function profileSteps(
  name: string,
  params: Record<string, unknown>,
  uri: string = config.neo4j.uri!,
): Promise<Step[]> {
  const driver = neo4j.driver(uri);
  try {
    const result = await driver.executeQuery(`PROFILE ${registry.get(name)}`, params, { routing: 'READ' });
    return steps(result.summary.profile as unknown as Operator);
  } finally {
    await driver.close();
  }
}
