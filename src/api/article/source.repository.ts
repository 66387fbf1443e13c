import { factKey, REPEATED_FACTS, type RepeatedFact } from '../../domain/fact-key';
import type { QueryRunner } from '../../neo4j/neo4j-client';
import type { DateWindow } from '../common/date-window';
import { pageParams, type PageRequest } from '../connection/pagination';
import type { SortValue } from '../connection/cursor';
import type { Source } from './source.type';
import type { NamedWithList } from './named-with.type';
import type { MonthCount } from '../topic/trend-series.type';
import type { Position } from '../person/position.type';
import type { TitleHistory } from '../person/title-history.type';

const Q = {
  repeated: 'queries/fact-sources',
  events: 'queries/event-sources',
  mentions: 'queries/node-mentions',
  coMentions: 'queries/co-mentions',
  namedWith: 'queries/named-with',
  months: 'queries/mention-months',
  titles: 'queries/title-history',
} as const;

/** Facts about one event, which list their articles. */
export const EVENT_FACTS = ['ATTENDED', 'DISCUSSED', 'HELD_IN'] as const;
export type SourcedFact = RepeatedFact | (typeof EVENT_FACTS)[number];

/** One fact relationship, as a graph edge or a position names it. */
export interface FactRef {
  type: SourcedFact;
  from: string;
  to: string;
  title: string | null;
}

export type SourceRows = {
  rows: Array<{ sort: SortValue; id: string; node: Source }>;
};

/** The label of each repeated fact's start node, whose MENTIONS list the fact. */
const START: Record<RepeatedFact, 'Person' | 'Organization' | 'Place'> = {
  HOLDS_POSITION: 'Person',
  REPRESENTS: 'Person',
  PART_OF: 'Organization',
  OF_COUNTRY: 'Organization',
  IN_COUNTRY: 'Place',
};

const isRepeated = (type: SourcedFact): type is RepeatedFact =>
  (REPEATED_FACTS as readonly string[]).includes(type);

/** The HOLDS_POSITION fact a position is. */
export function positionFact(position: Pick<Position, 'title' | 'person' | 'organization'>): FactRef {
  return {
    type: 'HOLDS_POSITION',
    from: position.person.id,
    to: position.organization.id,
    title: position.title ?? null,
  };
}

/** A fact's name in a loader key: the ref itself, as JSON. */
export function factId(ref: FactRef): string {
  return JSON.stringify([ref.type, ref.from, ref.to, ref.title]);
}

function refOf(id: string): FactRef {
  const [type, from, to, title] = JSON.parse(id) as [SourcedFact, string, string, string | null];
  return { type, from, to, title };
}

export class SourceRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  /** One keyset page of sources per fact, newest first: one statement per kind of fact asked for. */
  async pagesByIds(ids: readonly string[], page: PageRequest): Promise<Map<string, SourceRows>> {
    const refs = ids.map((id) => ({ id, ref: refOf(id) }));
    const repeated = refs
      .filter((r) => isRepeated(r.ref.type))
      .map(({ id, ref }) => ({
        id,
        from: ref.from,
        label: START[ref.type as RepeatedFact],
        key: factKey(ref.type as RepeatedFact, ref.to, ref.title),
      }));
    const events = refs
      .filter((r) => !isRepeated(r.ref.type))
      .map(({ id, ref }) => ({ id, from: ref.from, to: ref.to, type: ref.type }));
    const out = new Map<string, SourceRows>();
    const params = pageParams(page);
    for (const [name, facts] of [
      [Q.repeated, repeated],
      [Q.events, events],
    ] as const) {
      if (!facts.length) continue;
      const rows = await this.runner.read<SourceRows & { id: string }>(name, { facts, ...params });
      for (const r of rows) out.set(r.id, { rows: r.rows });
    }
    return out;
  }

  /**
   * One keyset page per node of the articles that mention it (and every node of `others`, none of `ids`) within a
   * window, newest first, with how many do when `counted` (0 otherwise).
   */
  async mentionPagesByIds(
    ids: readonly string[],
    window: DateWindow,
    page: PageRequest,
    others: readonly string[],
    counted: boolean,
  ): Promise<Map<string, SourceRows & { total: number }>> {
    const params = { ids, ...window, ...pageParams(page), count: counted };
    const rows = await this.runner.read<SourceRows & { id: string; total: number }>(
      others.length ? Q.coMentions : Q.mentions,
      others.length ? { ...params, with: others } : params,
    );
    return new Map(rows.map((r) => [r.id, { rows: r.rows, total: r.total ?? 0 }]));
  }

  /** Per node, the `top` nodes (of `labels`, or any) named most often in its newest `scan` articles in a window. */
  async namedWithByIds(
    ids: readonly string[],
    labels: readonly string[] | null,
    window: DateWindow,
    top: number,
    scan: number,
  ): Promise<Map<string, NamedWithList>> {
    const rows = await this.runner.read<{ id: string; read: number; items: NamedWithList['items'] }>(
      Q.namedWith,
      {
        ids,
        labels,
        ...window,
        top,
        scan,
      },
    );
    return new Map(rows.map(({ id, read, items }) => [id, { read, items }]));
  }

  /** Per person, the titles its newest `scan` articles in a window give it, first seen first. */
  async titleHistoryByIds(
    ids: readonly string[],
    window: DateWindow,
    scan: number,
  ): Promise<Map<string, TitleHistory>> {
    const rows = await this.runner.read<{ id: string; read: number; items: TitleHistory['items'] }>(
      Q.titles,
      {
        ids,
        ...window,
        scan,
      },
    );
    return new Map(rows.map(({ id, read, items }) => [id, { read, items }]));
  }

  /** Per node, how many articles name it each month of a window (undated ones left out), oldest first. */
  async monthsByIds(ids: readonly string[], window: DateWindow): Promise<Map<string, MonthCount[]>> {
    const rows = await this.runner.read<{ id: string; months: MonthCount[] }>(Q.months, { ids, ...window });
    return new Map(rows.map((r) => [r.id, r.months]));
  }
}
