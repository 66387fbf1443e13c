import { Arg, Args, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionCost } from '../common/complexity-costs';
import { PageArgs } from '../connection/page.args';
import { EntityLabel } from '../search/entity-label';
import { Article } from './article.type';
import type { ArticleService } from './article.service';
import { MentionConnection } from './mention.type';

@Resolver(() => Article)
export class ArticleResolver {
  constructor(private readonly service: ArticleService) {}

  @FieldResolver(() => MentionConnection, {
    complexity: connectionCost,
    description:
      'what the article names, in reading order: the people, organizations, countries, places and topics it ' +
      'mentions and the meetings it reports, each with the sentence of its first mention',
  })
  mentions(
    @Root() article: Article,
    @Arg('labels', () => [EntityLabel], { nullable: true, description: 'only nodes of these types' })
    labels: EntityLabel[] | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ) {
    return this.service.mentions(article.id, labels, first, after);
  }
}
