import type { QueryRunner } from '../../neo4j/neo4j-client';
import type { NameParams } from '../common/name-lookup';
import type { DateWindow } from '../common/date-window';
import { pageParams, type PageRequest } from '../connection/pagination';
import type { Topic } from '../topic/topic.type';
import {
  childrenOf,
  meetingFromRow,
  withParam,
  type MeetingChildFlags,
  type MeetingTuple,
  type RawMeeting,
} from './meeting-children';
import type { Meeting } from './meeting.type';

const Q = {
  between: 'queries/meetings-between',
  inRange: 'queries/meetings-in-range',
  byTopic: 'queries/topic-meetings',
  byIds: 'queries/meetings-by-ids',
  children: 'queries/meeting-children',
  byPeople: 'queries/person-meetings',
} as const;

export interface MeetingRows {
  total: number;
  rows: { sort: string; id: string; node: Meeting }[];
}

export type MeetingPageRow = {
  total: number;
  /** [sort key, meeting] (fragments/meeting-page) */
  nodes: [string, RawMeeting | MeetingTuple][];
};

/** Every meeting query; the children (place, participants, topics, sources) come with the meetings when asked for. */
export class MeetingRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  async between(
    a: NameParams,
    b: NameParams,
    page: PageRequest,
    flags: MeetingChildFlags,
  ): Promise<MeetingRows> {
    const [row] = await this.runner.read<MeetingPageRow>(Q.between, {
      a,
      b,
      with: withParam(flags),
      ...pageParams(page),
    });
    return toRows(row, flags);
  }

  async inRange(
    window: DateWindow,
    country: string | null,
    page: PageRequest,
    flags: MeetingChildFlags,
  ): Promise<MeetingRows> {
    const [row] = await this.runner.read<MeetingPageRow>(Q.inRange, {
      ...window,
      country,
      with: withParam(flags),
      ...pageParams(page),
    });
    return toRows(row, flags);
  }

  async byTopic(
    topic: NameParams,
    page: PageRequest,
    flags: MeetingChildFlags,
  ): Promise<MeetingRows & { topics: Topic[] }> {
    const [row] = await this.runner.read<MeetingPageRow & { matched: Topic[] }>(Q.byTopic, {
      name: topic.name,
      key: topic.key,
      with: withParam(flags),
      ...pageParams(page),
    });
    return { ...toRows(row, flags), topics: row?.matched ?? [] };
  }

  async byIds(ids: readonly string[], flags: MeetingChildFlags): Promise<Meeting[]> {
    const rows = await this.runner.read<{ meeting: RawMeeting | MeetingTuple }>(Q.byIds, {
      ids,
      with: withParam(flags),
    });
    return rows.map((r) => meetingFromRow(r.meeting, flags));
  }

  /** Children of many meetings in one statement, keyed by meeting id. */
  async childrenByIds(
    ids: readonly string[],
    flags: MeetingChildFlags,
  ): Promise<Map<string, Pick<Meeting, 'place' | 'participants' | 'topics' | 'sources'>>> {
    const rows = await this.runner.read<{ id: string; children: Parameters<typeof childrenOf>[0] }>(
      Q.children,
      { ids, with: withParam(flags) },
    );
    return new Map(rows.map((r) => [r.id, childrenOf(r.children, flags)]));
  }

  /** Each person's meetings (oldest first), one keyset page per person, in one statement. */
  async byPeople(
    personIds: readonly string[],
    window: DateWindow,
    page: PageRequest,
    flags: MeetingChildFlags,
  ): Promise<Map<string, MeetingRows>> {
    const rows = await this.runner.read<MeetingPageRow & { id: string }>(Q.byPeople, {
      ids: personIds,
      ...window,
      with: withParam(flags),
      ...pageParams(page),
    });
    return new Map(rows.map((r) => [r.id, toRows(r, flags)]));
  }
}

/** A page of meetings as a statement returns it, with the children it projected per `flags`. */
export function toRows(row: MeetingPageRow | undefined, flags: MeetingChildFlags): MeetingRows {
  if (!row) return { total: 0, rows: [] };
  return {
    total: row.total,
    rows: row.nodes.map(([sort, raw]) => {
      const node = meetingFromRow(raw, flags);
      return { sort, id: node.id, node };
    }),
  };
}
