import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { listCost } from '../common/complexity-costs';
import { Topic } from './topic.type';

@ObjectType('MonthCount', { simpleResolvers: true })
export class MonthCount {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  count!: number;
}

// Never reachable itself, so never emitted: the fields every series has.
@ObjectType('TrendSeriesBase')
abstract class TrendSeries {
  @Field(() => Int, { description: 'the sum of its points' })
  total!: number;

  @Field(() => [MonthCount], { complexity: listCost(50), description: 'months with a count, ascending' })
  points!: MonthCount[];
}

@ObjectType('TopicSeries', { simpleResolvers: true })
export class TopicSeries extends TrendSeries {
  @Field(() => Topic)
  topic!: Topic;
}

@ObjectType('CountryPairSeries', { simpleResolvers: true })
export class CountryPairSeries extends TrendSeries {
  @Field(() => [String], { description: 'two ISO codes, sorted' })
  countries!: string[];
}

/** `<Name>` with the largest series of a kind and the rest summed. */
function seriesSetOf<T extends object>(series: ClassType<T>, name: string) {
  @ObjectType(name, { simpleResolvers: true })
  class SeriesSet {
    @Field(() => [series as ClassType], { description: 'the series with the largest totals, largest first' })
    series!: T[];

    @Field(() => Int, { description: 'how many other series are summed into `other`' })
    others!: number;

    @Field(() => [MonthCount], {
      complexity: listCost(50),
      description: "the other series' counts summed per month",
    })
    other!: MonthCount[];
  }
  return SeriesSet;
}

export const TopicSeriesSet = seriesSetOf(TopicSeries, 'TopicSeriesSet');
export type TopicSeriesSet = InstanceType<typeof TopicSeriesSet>;

export const CountryPairSeriesSet = seriesSetOf(CountryPairSeries, 'CountryPairSeriesSet');
export type CountryPairSeriesSet = InstanceType<typeof CountryPairSeriesSet>;
