import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../connection/page.args';
import { Source } from '../article/source.type';
import { connectionCost, listCost } from '../common/complexity-costs';
import { Place } from '../geo/place.type';
import { Topic } from '../topic/topic.type';
import { selectionFlags } from './meeting-children';
import { MeetingConnection } from './meeting-connection.type';
import type { MeetingService } from './meeting.service';
import { Meeting } from './meeting.type';
import { Participant } from './participant.type';

@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(private readonly service: MeetingService) {}

  @Query(() => MeetingConnection, {
    complexity: connectionCost,
    description: 'meetings both named people attended, newest first',
  })
  meetingsBetween(
    @Arg('a', () => String) a: string,
    @Arg('b', () => String) b: string,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.between(a, b, { first, after }, selectionFlags(info, ['edges', 'node']));
  }

  @Query(() => MeetingConnection, {
    complexity: connectionCost,
    description:
      'meetings in a date window involving a country (held there or attended for it), newest first',
  })
  meetings(
    @Arg('from', () => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
    from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
    to: string | null,
    @Arg('country', () => String, {
      nullable: true,
      description: 'ISO 3166-1 alpha-2 code (or English name)',
    })
    country: string | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.inRange({ from, to, country, first, after }, selectionFlags(info, ['edges', 'node']));
  }

  @Query(() => Meeting, { nullable: true })
  meeting(@Arg('id', () => ID) id: string, @Info() info: GraphQLResolveInfo) {
    return this.service.byId(id, selectionFlags(info, []));
  }

  @FieldResolver(() => Place, { nullable: true, description: 'the venue' })
  place(@Root() meeting: Meeting) {
    return this.service.place(meeting);
  }

  @FieldResolver(() => [Participant], {
    complexity: listCost(8),
    description: 'principals first, then by name',
  })
  participants(@Root() meeting: Meeting) {
    return this.service.participants(meeting);
  }

  @FieldResolver(() => [Topic], { complexity: listCost(5) })
  topics(@Root() meeting: Meeting) {
    return this.service.topics(meeting);
  }

  @FieldResolver(() => [Source], {
    complexity: listCost(3),
    description: 'the articles that report the meeting',
  })
  sources(@Root() meeting: Meeting) {
    return this.service.sources(meeting);
  }
}
