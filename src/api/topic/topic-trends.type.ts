import { Field, Int, ObjectType } from 'type-graphql';
import { listCost } from '../common/complexity-costs';
import { Topic } from './topic.type';
import type { TopicSeriesSet } from './trend-series.type';

@ObjectType('TopicTrendRow', { simpleResolvers: true })
export class TopicTrendRow {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Topic)
  topic!: Topic;

  @Field(() => Int, { description: 'meetings that month that discussed the topic' })
  count!: number;
}

@ObjectType('TopicTotal', { simpleResolvers: true })
export class TopicTotal {
  @Field(() => Topic)
  topic!: Topic;

  @Field(() => Int)
  count!: number;
}

@ObjectType('TopicCountryPairRow', { simpleResolvers: true })
export class TopicCountryPairRow {
  @Field(() => String)
  month!: string;

  @Field(() => Topic)
  topic!: Topic;

  @Field(() => [String], { description: 'two ISO codes, sorted' })
  countries!: string[];

  @Field(() => Int)
  count!: number;
}

/** Meetings per month per topic, for charts. */
@ObjectType('TopicTrends', { simpleResolvers: true })
export class TopicTrends {
  @Field(() => [String], { description: 'the months (YYYY-MM) that have data, ascending' })
  months!: string[];

  @Field(() => [TopicTrendRow], { complexity: listCost(50) })
  rows!: TopicTrendRow[];

  @Field(() => [TopicTotal], { complexity: listCost(20) })
  totals!: TopicTotal[];

  /** the filters, for the countryPairs resolver */
  filter?: { country: string | null; from: string | null; to: string | null };

  /** the topic series, when the request's one topicSeries field was answered by its own statement instead of rows */
  seriesOfTopics?: TopicSeriesSet;
}
