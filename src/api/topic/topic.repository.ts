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
    const [r] = await this.runner.read<TrendRecord<[string, string, number]>>(Q.trends, {
      ...window,
      country,
    });
    const topic = topicsById(r?.topics ?? []);
    return (r?.rows ?? []).map(([month, id, count]) => ({ month, topic: topic(id), count }));
  }

  async countryPairs(window: DateWindow, country: string | null): Promise<TopicCountryPairRow[]> {
    const [r] = await this.runner.read<TrendRecord<[string, string, string[], number]>>(Q.pairs, {
      ...window,
      country,
    });
    const topic = topicsById(r?.topics ?? []);
    return (r?.rows ?? []).map(([month, id, countries, count]) => ({
      month,
      topic: topic(id),
      countries,
      count,
    }));
  }
}
