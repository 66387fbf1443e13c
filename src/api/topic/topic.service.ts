import { countryCode } from '../common/country-code';
import { dateWindow } from '../common/date-window';
import { nameParams } from '../common/name-lookup';
import type { Topic } from './topic.type';
import type { TopicRepository } from './topic.repository';
import { countArgument } from '../common/user-input';
import type { TopicCountryPairRow, TopicTotal, TopicTrends } from './topic-trends.type';
import { MAX_SERIES, topSeries, type TopSeries } from './trend-series';
import type { CountryPairSeriesSet, TopicSeriesSet } from './trend-series.type';

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

  /**
   * Meetings per month in the window. `want.rows`: the request selects rows or totals (or topic series the statement
   * cannot answer alone); otherwise only months and the `want.topicSeries` largest topic series are read.
   */
  async trends(
    args: { country?: string | null; from?: string | null; to?: string | null },
    want: { rows: boolean; topicSeries: number | null } = { rows: true, topicSeries: null },
  ): Promise<TopicTrends> {
    const window = dateWindow(args.from, args.to);
    const filter: TrendFilter = { country: null, ...window };
    if (args.country !== null && args.country !== undefined && args.country.trim() !== '') {
      filter.country = countryCode(args.country);
      if (!filter.country) return { months: [], rows: [], totals: [], filter: { ...filter, country: '??' } };
    }
    if (!want.rows) {
      const top = want.topicSeries === null ? 0 : seriesCount(want.topicSeries);
      const { months, ...set } = await this.topics.topicSeries(window, filter.country, top);
      return { months, rows: [], totals: [], filter, seriesOfTopics: topicSeriesSet(set) };
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

  /** The `top` topics by meetings in the window, each month by month, and the others summed. */
  topicSeries(trends: TopicTrends, top: number): TopicSeriesSet {
    const count = seriesCount(top);
    if (trends.seriesOfTopics) return trends.seriesOfTopics;
    return topicSeriesSet(
      topSeries(trends.rows, (r) => ({ id: r.topic.id, name: r.topic.name, key: r.topic }), count),
    );
  }

  /** The `top` country pairs by topic discussions in the window, month by month, and the others summed. */
  async pairSeries(trends: TopicTrends, top: number): Promise<CountryPairSeriesSet> {
    const count = seriesCount(top);
    const filter = trends.filter;
    if (!filter || filter.country === '??') return { series: [], others: 0, other: [] };
    const set = await this.topics.pairSeries({ from: filter.from, to: filter.to }, filter.country, count);
    return { ...set, series: set.series.map(({ key, ...s }) => ({ countries: key, ...s })) };
  }
}

/** Topic series as the API types them: each series' topic under `topic`. */
function topicSeriesSet(set: TopSeries<Topic>): TopicSeriesSet {
  return { ...set, series: set.series.map(({ key, ...s }) => ({ topic: key, ...s })) };
}

function seriesCount(top: number): number {
  return countArgument('top', top, MAX_SERIES);
}
