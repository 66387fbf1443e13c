import type { QueryRunner } from '../../neo4j/neo4j-client';
import type { DateWindow } from '../common/date-window';
import type { NameParams } from '../common/name-lookup';
import type { Topic } from './topic.type';
import type { TopicCountryPairRow, TopicTrendRow } from './topic-trends.type';
import { topicsById, type TopicTuple } from './topic-tuple';

const Q = {
  byName: 'queries/topic-by-name',
  trends: 'queries/topic-trends',
  pairs: 'queries/topic-country-pairs',
} as const;

/** The trend statements' one record: rows as lists naming their topic by id, and each topic once. */
type TrendRecord<R> = { rows: R[]; topics: TopicTuple[] };

export class TopicRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  async byName(name: NameParams): Promise<Topic | null> {
    const [row] = await this.runner.read<{ topic: Topic }>(Q.byName, { name: name.name, key: name.key });
    return row?.topic ?? null;
  }

  async trends(window: DateWindow, country: string | null): Promise<TopicTrendRow[]> {
    const { rows, topic } = await this.trendRecord<[string, string, number]>(Q.trends, window, country);
    return rows.map(([month, id, count]) => ({ month, topic: topic(id), count }));
  }

  async countryPairs(window: DateWindow, country: string | null): Promise<TopicCountryPairRow[]> {
    const { rows, topic } = await this.trendRecord<[string, string, string[], number]>(
      Q.pairs,
      window,
      country,
    );
    return rows.map(([month, id, countries, count]) => ({ month, topic: topic(id), countries, count }));
  }

  /** A trend statement's one record: its rows, and the topic each names by id. */
  private async trendRecord<R>(name: string, window: DateWindow, country: string | null) {
    const [r] = await this.runner.read<TrendRecord<R>>(name, { ...window, country });
    return { rows: r?.rows ?? [], topic: topicsById(r?.topics ?? []) };
  }
}
