import type { QueryRunner } from '../../neo4j/neo4j-client';
import type { DateWindow } from '../common/date-window';
import type { NameParams } from '../common/name-lookup';
import type { Topic } from './topic.type';
import type { TopicCountryPairRow, TopicTrendRow } from './topic-trends.type';

const Q = {
  byName: 'queries/topic-by-name',
  trends: 'queries/topic-trends',
  pairs: 'queries/topic-country-pairs',
} as const;

export class TopicRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  async byName(name: NameParams): Promise<Topic | null> {
    const [row] = await this.runner.read<{ topic: Topic }>(Q.byName, { name: name.name, key: name.key });
    return row?.topic ?? null;
  }

  async trends(window: DateWindow, country: string | null): Promise<TopicTrendRow[]> {
    return this.runner.read<TopicTrendRow & Record<string, unknown>>(Q.trends, { ...window, country });
  }

  async countryPairs(window: DateWindow, country: string | null): Promise<TopicCountryPairRow[]> {
    return this.runner.read<TopicCountryPairRow & Record<string, unknown>>(Q.pairs, { ...window, country });
  }
}
