import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Info, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../connection/page.args';
import { connectionCost } from '../common/complexity-costs';
import { selectionFlags } from '../meeting/meeting-children';
import type { MeetingService } from '../meeting/meeting.service';
import { TopicMeetingConnection } from './topic-meeting-connection.type';
import { TopicTrends } from './topic-trends.type';
import { Topic } from './topic.type';
import type { TopicService } from './topic.service';

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
  ) {
    return this.topics.trends({ country, from, to });
  }
}
