import { FieldResolver, Resolver, Root } from 'type-graphql';
import { listCost } from '../common/complexity-costs';
import { TopicCountryPairRow, TopicTrends } from './topic-trends.type';
import type { TopicService } from './topic.service';

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
}
