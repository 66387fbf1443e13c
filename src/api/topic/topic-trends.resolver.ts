import { Arg, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { listCost, seriesCost } from '../common/complexity-costs';
import { TopicCountryPairRow, TopicTrends } from './topic-trends.type';
import type { TopicService } from './topic.service';
import { DEFAULT_SERIES, MAX_SERIES } from './trend-series';
import { CountryPairSeriesSet, TopicSeriesSet } from './trend-series.type';

const TOP = {
  nullable: false,
  defaultValue: DEFAULT_SERIES,
  description: `how many series to keep (1 to ${MAX_SERIES}); the rest are summed into \`other\``,
};

@Resolver(() => TopicTrends)
export class TopicTrendsResolver {
  constructor(private readonly topics: TopicService) {}

  @FieldResolver(() => [TopicCountryPairRow], {
    complexity: listCost(50),
    description: 'per pair of countries represented at the meetings (computed only when selected)',
  })
  countryPairs(@Root() trends: TopicTrends) {
    return this.topics.countryPairs(trends.filter);
  }

  @FieldResolver(() => TopicSeriesSet, {
    complexity: seriesCost,
    description: 'the topics with the most meetings, each as a series of months, as a chart draws them',
  })
  topicSeries(@Root() trends: TopicTrends, @Arg('top', () => Int, TOP) top: number) {
    return this.topics.topicSeries(trends, top);
  }

  @FieldResolver(() => CountryPairSeriesSet, {
    complexity: seriesCost,
    description:
      'the country pairs with the most topic discussions (a meeting counts once per topic, as in a chart stacked by topic), each as a series of months (computed only when selected)',
  })
  pairSeries(@Root() trends: TopicTrends, @Arg('top', () => Int, TOP) top: number) {
    return this.topics.pairSeries(trends, top);
  }
}
