import type { GraphQLResolveInfo } from 'graphql';
import { Args, FieldResolver, Info, Resolver, Root, type ClassType } from 'type-graphql';
import { selectedFields } from '../common/selection';
import { connectionCost, listCost, topCost } from '../common/complexity-costs';
import { MonthCount } from '../topic/trend-series.type';
import { DEFAULT_NAMED_WITH, MAX_NAMED_WITH, NamedWithArgs } from './named-with.args';
import { NamedWithList } from './named-with.type';
import { MentionPageArgs, WindowArgs } from '../connection/page.args';
import { Country } from '../geo/country.type';
import { Place } from '../geo/place.type';
import { Organization } from '../organization/organization.type';
import { Person } from '../person/person.type';
import { Topic } from '../topic/topic.type';
import { SourceConnection } from './source-connection.type';
import type { SourceService } from './source.service';

/** The `mentionedIn` field of one type of mentioned node: the same field on each, one statement per request level. */
function mentionsResolverOf(type: ClassType) {
  @Resolver(() => type)
  class MentionsResolver {
    constructor(readonly service: SourceService) {}

    @FieldResolver(() => SourceConnection, {
      complexity: connectionCost,
      description:
        'the articles that mention it, newest first (undated ones last), each with the sentence of its first mention; ' +
        'from/to keep those dated within the window (undated ones left out); with keeps those naming other nodes too',
    })
    mentionedIn(
      @Root() node: { id: string },
      @Args(() => MentionPageArgs) args: MentionPageArgs,
      @Info() info: GraphQLResolveInfo,
    ) {
      return this.service.mentions(node.id, args, selectedFields(info).has('totalCount'));
    }

    @FieldResolver(() => [MonthCount], {
      complexity: listCost(50),
      description:
        'how many articles name it each month (YYYY-MM), oldest first, within the window if given; undated ' +
        'articles left out, months with none absent',
    })
    mentionsByMonth(@Root() node: { id: string }, @Args(() => WindowArgs) args: WindowArgs) {
      return this.service.mentionMonths(node.id, args);
    }

    @FieldResolver(() => NamedWithList, {
      complexity: topCost(DEFAULT_NAMED_WITH, MAX_NAMED_WITH),
      description:
        'the nodes named most often in the same articles, over its newest ones (within the window if given): ' +
        '"what appears alongside it?"',
    })
    namedWith(@Root() node: { id: string }, @Args(() => NamedWithArgs) args: NamedWithArgs) {
      return this.service.namedWith(node.id, args);
    }
  }
  Object.defineProperty(MentionsResolver, 'name', { value: `${type.name}MentionsResolver` });
  return MentionsResolver;
}

/** One resolver per type that articles mention (a meeting's articles are its `sources`, the articles reporting it). */
export const MENTIONS_RESOLVERS = [
  mentionsResolverOf(Person),
  mentionsResolverOf(Organization),
  mentionsResolverOf(Country),
  mentionsResolverOf(Place),
  mentionsResolverOf(Topic),
];
