import neo4j from 'neo4j-driver';
import { loadConfig } from '../../../src/config';
import { loadRegistry } from '../../../src/neo4j/database';
import { FACT_RELATIONSHIPS, RelationshipType } from '../../../src/api/traversal/relationship-type';
import { shortestPathStatement } from '../../../src/api/traversal/traversal.repository';
import { foldName, personKey } from '../../../src/domain/names';
import { nameParams } from '../../../src/api/common/name-lookup';
import { ids, people, useSeededApi } from './api-fixture';

// The plans the API's hot statements must keep, read from PROFILE on the seeded graph (small graphs plan as big ones
// here: these operators do not depend on statistics).

useSeededApi();
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

describe('ShortestPath', () => {
  it.each([
    ['the fact types', FACT_RELATIONSHIPS],
    ['any types', [RelationshipType.ATTENDED, RelationshipType.MENTIONS, RelationshipType.HOLDS_POSITION]],
  ])(
    'over %s runs on the bidirectional ShortestPath operator with the types in the pattern',
    async (_, types) => {
      // by id, as a typed name: the names are resolved in the same statement
      const name = (id: string) => ({ ...nameParams(id)!, code: null });
      const plan = await profileSteps(shortestPathStatement(types, 6), {
        from: name(people[2]!.id),
        to: name(ids.foreignOffice),
        types,
      });
      const shortest = plan.filter((op) => op.text.startsWith('ShortestPath '));
      expect(shortest).toHaveLength(1);
      expect(shortest[0]!.text).toMatch(/-\[\w+:ATTENDED\|[A-Z_|]+\*\.\.6\]-/);
      expect(shortest[0]!.rows).toBe(1);
      // no quantified-path search (StatefulShortestPath), no exhaustive fallback, and no scan but the name lookup's
      // over the Country nodes (a closed set, compared by folded name)
      const text = plan.map((op) => op.text).filter((op) => !/^NodeByLabelScan n:Country\b/.test(op));
      expect(text.join('\n')).not.toMatch(/StatefulShortestPath|Scan|AntiConditionalApply|VarLengthExpand/);
    },
  );
});

describe('MeetingsInRange and TopicTrends', () => {
  const page = {
    with: {
      place: true,
      participants: true,
      topics: true,
      sources: false,
      meetingDetail: false,
      personDetail: false,
      topicDetail: false,
    },
    limit: 21,
    afterSort: null,
    afterId: null,
  };
  // operators that read meetings wholesale: the label scan and the date range seek
  const meetingReads = (plan: Step[]) =>
    plan.filter((op) => /^(NodeByLabelScan|NodeIndexSeekByRange) (RANGE INDEX )?m:Meeting/.test(op.text));

  it('without a country, a window with an end seeks the date index and no meeting scan runs', async () => {
    const plan = await profileSteps('queries/meetings-in-range', {
      from: '2024-01-01',
      to: '2024-06-30',
      country: null,
      ...page,
    });
    const reads = meetingReads(plan);
    const seek = reads.filter((op) => op.text.startsWith('NodeIndexSeekByRange'));
    expect(seek).toHaveLength(1);
    expect(seek[0]!.text).toMatch(/RANGE INDEX m:Meeting\(dateStart\) WHERE dateStart <= /);
    expect(seek[0]!.rows).toBeGreaterThan(0);
    expect(reads.filter((op) => op.text.startsWith('NodeByLabelScan')).every((op) => op.rows === 0)).toBe(
      true,
    );
  });

  it.each([
    ['queries/meetings-in-range', page],
    ['queries/topic-trends', {}],
    ['queries/topic-country-pairs', {}],
  ])('%s with a country starts from the country node and reads no meeting wholesale', async (name, extra) => {
    const plan = await profileSteps(name, { from: null, to: '2024-12-31', country: 'XA', ...extra });
    const country = plan.filter(
      (op) => op.text.startsWith('NodeUniqueIndexSeek UNIQUE') && /:Country\(id\)/.test(op.text),
    );
    expect(country.length).toBeGreaterThan(0);
    expect(country.some((op) => op.rows === 1)).toBe(true);
    const reads = meetingReads(plan);
    expect(reads.length).toBeGreaterThan(0); // the branches without a country are planned, and stay idle
    expect(reads.every((op) => op.rows === 0)).toBe(true);
  });
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
