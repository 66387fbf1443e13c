import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Info, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../connection/page.args';
import { connectionCost } from '../common/complexity-costs';
import { childField, selectedFields } from '../common/selection';
import { selectionFlags } from '../meeting/meeting-children';
import type { MeetingService } from '../meeting/meeting.service';
import { TopicMeetingConnection } from './topic-meeting-connection.type';
import { TopicTrends } from './topic-trends.type';
import { Topic } from './topic.type';
import type { TopicService } from './topic.service';

/**
 * What topicTrends must read for the request: its rows (rows or totals selected, or topic series selected more than
 * once), or only its months and the topic series one statement can rank (their `top`, or null when not selected).
 */
function trendsWanted(info: GraphQLResolveInfo): { rows: boolean; topicSeries: number | null } {
  const selected = selectedFields(info);
  const series = childField(info, 'topicSeries');
  const rows = selected.has('rows') || selected.has('totals') || (selected.has('topicSeries') && !series);
  return { rows, topicSeries: typeof series?.args.top === 'number' ? series.args.top : null };
}

@Resolver(() => Topic)
export class TopicResolver {
  constructor(
    private readonly topics: TopicService,
    private readonly meetings: MeetingService,
  ) {}

  @Query(() => Topic, { nullable: true })
  topic(@Arg('name', () => String) name: string) {
    return this.topics.byName(name);
  }

  @Query(() => TopicMeetingConnection, {
    complexity: connectionCost,
    description: 'meetings where a topic matching the text was discussed, newest first',
  })
  topicMeetings(
    @Arg('topic', () => String) topic: string,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.meetings.byTopic(topic, { first, after }, selectionFlags(info, ['edges', 'node']));
  }

  @Query(() => TopicTrends, { description: 'meetings per month per topic, for charts' })
  topicTrends(
    @Arg('country', () => String, {
      nullable: true,
      description: 'ISO code: meetings held there or attended for it',
    })
    country: string | null,
    @Arg('from', () => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
    from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
    to: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.topics.trends({ country, from, to }, trendsWanted(info));
  }
}
