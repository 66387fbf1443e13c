import { Arg, Args, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionCost, topCost } from '../common/complexity-costs';
import { DEFAULT_RELATED, MAX_RELATED, RelatedArticleArgs } from './related-article.args';
import { RelatedArticle } from './related-article.type';
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

  @FieldResolver(() => [RelatedArticle], {
    complexity: topCost(DEFAULT_RELATED, MAX_RELATED),
    description:
      'the articles most like it: those naming the same nodes, each weighted by how rare it is, best first ' +
      "(then newest), over each named node's newest articles; from/to keep those dated within the window",
  })
  related(@Root() article: Article, @Args(() => RelatedArticleArgs) args: RelatedArticleArgs) {
    return this.service.related(article.id, args);
  }
}
