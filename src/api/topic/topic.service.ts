import { countryCode } from '../common/country-code';
import { dateWindow } from '../common/date-window';
import { nameParams } from '../common/name-lookup';
import type { Topic } from './topic.type';
import type { TopicRepository } from './topic.repository';
import type { TopicCountryPairRow, TopicTotal, TopicTrends } from './topic-trends.type';

export interface TrendFilter {
  country: string | null;
  from: string | null;
  to: string | null;
}

export class TopicService {
  constructor(private readonly topics: TopicRepository) {}

  async byName(name: string): Promise<Topic | null> {
    const params = nameParams(name);
    return params ? this.topics.byName(params) : null;
  }

  async trends(args: {
    country?: string | null;
    from?: string | null;
    to?: string | null;
  }): Promise<TopicTrends> {
    const window = dateWindow(args.from, args.to);
    const filter: TrendFilter = { country: null, ...window };
    if (args.country !== null && args.country !== undefined && args.country.trim() !== '') {
      filter.country = countryCode(args.country);
      if (!filter.country) return { months: [], rows: [], totals: [], filter: { ...filter, country: '??' } };
    }
    const rows = await this.topics.trends(window, filter.country);
    const totals = new Map<string, TopicTotal>();
    for (const row of rows) {
      const total = totals.get(row.topic.id) ?? { topic: row.topic, count: 0 };
      total.count += row.count;
      totals.set(row.topic.id, total);
    }
    return {
      months: [...new Set(rows.map((r) => r.month))].sort(),
      rows,
      totals: [...totals.values()].sort(
        (a, b) => b.count - a.count || a.topic.name.localeCompare(b.topic.name),
      ),
      filter,
    };
  }

  /** Per country pair; computed only when the request selects it. */
  async countryPairs(filter: TrendFilter | undefined): Promise<TopicCountryPairRow[]> {
    if (!filter || filter.country === '??') return [];
    return this.topics.countryPairs({ from: filter.from, to: filter.to }, filter.country);
  }
}
