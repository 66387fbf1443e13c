import type { QueryRunner } from '../../neo4j/neo4j-client';
import type { DateWindow } from '../common/date-window';
import type { NameParams } from '../common/name-lookup';
import { pageParams, type PageRequest } from '../connection/pagination';
import { NO_CHILDREN, withParam, type MeetingChildFlags } from '../meeting/meeting-children';
import { toRows, type MeetingPageRow, type MeetingRows } from '../meeting/meeting.repository';
import type { Counterpart } from './counterpart.type';
import { counterpartFromTuple, type CounterpartTuple } from './person-tuple';
import type { Person } from './person.type';
import type { Position } from './position.type';
import { factId, positionFact, type SourceRows } from '../article/source.repository';

const Q = {
  byName: 'queries/person-by-name',
  byIds: 'queries/people-by-ids',
  positions: 'queries/person-positions',
  counterparts: 'queries/person-counterparts',
  counterpartsByName: 'queries/counterparts-by-name',
  profile: 'queries/person-profile',
} as const;

export interface CounterpartRows {
  total: number;
  rows: { sort: [number, string]; id: string; node: Counterpart }[];
}

/** The nested lists a request selects below a person, fetched with the person: absent means not selected. */
export interface ProfileRequest {
  positions: boolean;
  /** the page of each position's sources (only with positions) */
  positionSources?: PageRequest;
  counterparts?: PageRequest;
  meetings?: { page: PageRequest; window: DateWindow; flags: MeetingChildFlags };
}

export interface Profile {
  person: Person;
  positions: Position[];
  /** each position's page of sources when requested, keyed by the fact's loader key (`factId`) */
  positionSources: { fact: string; rows: SourceRows['rows'] }[];
  counterparts: CounterpartRows;
  meetings: MeetingRows;
}

const NO_PAGE = { limit: 0, afterSort: null, afterId: null };

type CounterpartPage = {
  total: number;
  nodes: CounterpartTuple[];
};

export class PersonRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  async byName(name: NameParams): Promise<Person | null> {
    const [row] = await this.runner.read<{ person: Person }>(Q.byName, { person: name });
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

  async counterpartsByPersonIds(
    ids: readonly string[],
    page: PageRequest,
  ): Promise<Map<string, CounterpartRows>> {
    const rows = await this.runner.read<CounterpartPage & { id: string }>(Q.counterparts, {
      ids,
      page: pageParams(page),
    });
    return new Map(rows.map((r) => [r.id, counterpartRows(r)]));
  }

  /** The person a name means with the lists `request` selects, in one statement. */
  async profileByName(name: NameParams, request: ProfileRequest): Promise<Profile | null> {
    const flags = request.meetings?.flags ?? NO_CHILDREN;
    const [row] = await this.runner.read<{
      person: Person;
      positions: { position: Position; sources: SourceRows['rows'] | null }[];
      counterparts: CounterpartPage | null;
      meetings: MeetingPageRow | null;
    }>(Q.profile, {
      person: name,
      include: {
        positions: request.positions,
        positionSources: !!request.positionSources,
        counterparts: !!request.counterparts,
        meetings: !!request.meetings,
      },
      sources: request.positionSources ? pageParams(request.positionSources) : NO_PAGE,
      counterparts: request.counterparts ? pageParams(request.counterparts) : NO_PAGE,
      meetings: request.meetings
        ? { ...request.meetings.window, ...pageParams(request.meetings.page) }
        : { from: null, to: null, ...NO_PAGE },
      with: withParam(flags),
    });
    if (!row) return null;
    return {
      person: row.person,
      positions: row.positions.map((x) => x.position),
      positionSources: row.positions.flatMap(({ position, sources }) =>
        sources ? [{ fact: factId(positionFact(position)), rows: sources }] : [],
      ),
      counterparts: row.counterparts ? counterpartRows(row.counterparts) : { total: 0, rows: [] },
      meetings: toRows(row.meetings ?? undefined, flags),
    };
  }

  /** The person a name means and their counterparts, in one statement. */
  async counterpartsByName(
    name: NameParams,
    page: PageRequest,
  ): Promise<{ person: Person | null } & CounterpartRows> {
    const [row] = await this.runner.read<CounterpartPage & { person: Person }>(Q.counterpartsByName, {
      person: name,
      page: pageParams(page),
    });
    if (!row) return { person: null, total: 0, rows: [] };
    return { person: row.person, ...counterpartRows(row) };
  }
}

function counterpartRows(page: CounterpartPage): CounterpartRows {
  return {
    total: page.total,
    rows: page.nodes.map((t) => {
      const c = counterpartFromTuple(t);
      return { sort: [c.sharedMeetings, c.person.name], id: c.person.id, node: c };
    }),
  };
}
