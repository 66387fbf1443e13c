import type { QueryRunner } from '../../neo4j/neo4j-client';
import type { DateWindow } from '../common/date-window';
import type { NameParams } from '../common/name-lookup';
import type { Topic } from './topic.type';
import type { TopicCountryPairRow, TopicTrendRow } from './topic-trends.type';
import { topicOf, topicsById, type TopicTuple } from './topic-tuple';
import { byMonth, type TopSeries } from './trend-series';

const Q = {
  byName: 'queries/topic-by-name',
  trends: 'queries/topic-trends',
  pairs: 'queries/topic-country-pairs',
  topicSeries: 'queries/topic-series',
  pairSeries: 'queries/country-pair-series',
} as const;

/** The trend statements' one record: rows as lists naming their topic by id, and each topic once. */
type TrendRecord<R> = { rows: R[]; topics: TopicTuple[] };

/** The series statements' one record (fragments/series-record): each kept series as [what it is, total, points]. */
type SeriesRecord<S> = {
  months: string[];
  series: [S, number, [string, number][]][];
  others: number;
  other: [string, number][];
};

const point = ([month, count]: [string, number]) => ({ month, count });

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

  /** The `top` topics by meetings in the window as series, the others summed, and every month with a count. */
  async topicSeries(window: DateWindow, country: string | null, top: number) {
    return this.seriesRecord<TopicTuple, Topic>(Q.topicSeries, window, country, top, topicOf);
  }

  /** The `top` country pairs by topic discussions in the window as series, the others summed. */
  async pairSeries(window: DateWindow, country: string | null, top: number) {
    return this.seriesRecord<string[], string[]>(Q.pairSeries, window, country, top, (pair) => pair);
  }

  private async seriesRecord<S, K>(
    name: string,
    window: DateWindow,
    country: string | null,
    top: number,
    keyOf: (s: S) => K,
  ): Promise<TopSeries<K> & { months: string[] }> {
    const [r] = await this.runner.read<SeriesRecord<S>>(name, { ...window, country, top });
    return {
      months: r?.months ?? [],
      series: (r?.series ?? []).map(([s, total, points]) => ({
        key: keyOf(s),
        total,
        points: points.map(point).sort(byMonth),
      })),
      others: r?.others ?? 0,
      other: (r?.other ?? []).map(point),
    };
  }

  /** A trend statement's one record: its rows, and the topic each names by id. */
  private async trendRecord<R>(name: string, window: DateWindow, country: string | null) {
    const [r] = await this.runner.read<TrendRecord<R>>(name, { ...window, country });
    return { rows: r?.rows ?? [], topic: topicsById(r?.topics ?? []) };
  }
}
