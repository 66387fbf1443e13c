import type { QueryRunner } from '../../neo4j/neo4j-client';
import type { NameParams } from '../common/name-lookup';
import { pageParams, type PageRequest } from '../connection/pagination';
import type { Counterpart } from './counterpart.type';
import type { Person } from './person.type';
import type { Position } from './position.type';

const Q = {
  byName: 'queries/person-by-name',
  byIds: 'queries/people-by-ids',
  positions: 'queries/person-positions',
  counterparts: 'queries/person-counterparts',
  counterpartsByName: 'queries/counterparts-by-name',
} as const;

export interface CounterpartRows {
  total: number;
  rows: { sort: [number, string]; id: string; node: Counterpart }[];
}

type CounterpartPage = {
  total: number;
  nodes: Counterpart[];
};

export class PersonRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  async byName(name: NameParams): Promise<Person | null> {
    const [row] = await this.runner.read<{ person: Person }>(Q.byName, { ...name });
    return row?.person ?? null;
  }

  async byIds(ids: readonly string[]): Promise<Person[]> {
    const rows = await this.runner.read<{ person: Person }>(Q.byIds, { ids });
    return rows.map((r) => r.person);
  }

  async positionsByPersonIds(ids: readonly string[]): Promise<Map<string, Position[]>> {
    const rows = await this.runner.read<{ id: string; positions: Position[] }>(Q.positions, { ids });
    return new Map(rows.map((r) => [r.id, r.positions]));
  }

  async counterpartsByPersonIds(ids: readonly string[], page: PageRequest): Promise<Map<string, CounterpartRows>> {
    const rows = await this.runner.read<CounterpartPage & { id: string }>(Q.counterparts, { ids, ...pageParams(page) });
    return new Map(rows.map((r) => [r.id, counterpartRows(r)]));
  }

  /** The person a name means and their counterparts, in one statement. */
  async counterpartsByName(name: NameParams, page: PageRequest): Promise<{ person: Person | null } & CounterpartRows> {
    const [row] = await this.runner.read<CounterpartPage & { person: Person }>(Q.counterpartsByName, { ...name, ...pageParams(page) });
    if (!row) return { person: null, total: 0, rows: [] };
    return { person: row.person, ...counterpartRows(row) };
  }
}

function counterpartRows(page: CounterpartPage): CounterpartRows {
  return {
    total: page.total,
    rows: page.nodes.map((c) => ({ sort: [c.sharedMeetings, c.person.name], id: c.person.id, node: c })),
  };
}
