import { Field, Int, ObjectType } from 'type-graphql';
import { listCost } from '../common/complexity-costs';
import { Topic } from './topic.type';

@ObjectType('MonthCount', { simpleResolvers: true })
export class MonthCount {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('TopicSeries', { simpleResolvers: true })
export class TopicSeries {
  @Field(() => Topic)
  topic!: Topic;

  @Field(() => Int, { description: 'the sum of its points' })
  total!: number;

  @Field(() => [MonthCount], { complexity: listCost(50), description: 'months with meetings, ascending' })
  points!: MonthCount[];
}

@ObjectType('CountryPairSeries', { simpleResolvers: true })
export class CountryPairSeries {
  @Field(() => [String], { description: 'two ISO codes, sorted' })
  countries!: string[];

  @Field(() => Int, { description: 'the sum of its points' })
  total!: number;

  @Field(() => [MonthCount], {
    complexity: listCost(50),
    description:
      'months with meetings, ascending; a meeting counts once per topic discussed, as in a chart stacked by topic',
  })
  points!: MonthCount[];
}

@ObjectType('TopicSeriesSet', { simpleResolvers: true })
export class TopicSeriesSet {
  @Field(() => [TopicSeries], { description: 'the series with the largest totals, largest first' })
  series!: TopicSeries[];

  @Field(() => Int, { description: 'how many other series are summed into `other`' })
  others!: number;

  @Field(() => [MonthCount], {
    complexity: listCost(50),
    description: "the other series' counts summed per month",
  })
  other!: MonthCount[];
}

@ObjectType('CountryPairSeriesSet', { simpleResolvers: true })
export class CountryPairSeriesSet {
  @Field(() => [CountryPairSeries], { description: 'the series with the largest totals, largest first' })
  series!: CountryPairSeries[];

  @Field(() => Int, { description: 'how many other series are summed into `other`' })
  others!: number;

  @Field(() => [MonthCount], {
    complexity: listCost(50),
    description: "the other series' counts summed per month",
  })
  other!: MonthCount[];
}
