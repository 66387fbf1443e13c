import type { ApiLoaders } from '../api-loaders';
import { isNumberSort } from '../connection/cursor';
import { emptyPage, pageRequest, toPage, type PageResult } from '../connection/pagination';
import type { Mention } from './mention.type';
import { countArgument } from '../common/user-input';
import { dateWindow } from '../common/date-window';
import { MAX_PER_NODE, MAX_RELATED, type RelatedArticleArgs } from './related-article.args';
import type { RelatedArticle } from './related-article.type';

export class ArticleService {
  constructor(private readonly loaders: Pick<ApiLoaders, 'articleMentions' | 'relatedArticles'>) {}

  /** A page of what an article names, in reading order, optionally only nodes of some labels. */
  async mentions(
    articleId: string,
    labels: readonly string[] | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<PageResult<Mention>> {
    const page = pageRequest(first, after, isNumberSort);
    if (labels && labels.length === 0) return emptyPage();
    const found = await this.loaders.articleMentions.load({ id: articleId, labels: labels ?? null, page });
    return toPage(found.rows, page, found.total);
  }

  /** The articles most like one (by the nodes both name, rare ones weighing most), best first. */
  related(articleId: string, args: RelatedArticleArgs): Promise<RelatedArticle[]> {
    return this.loaders.relatedArticles.load({
      id: articleId,
      top: countArgument('top', args.top, MAX_RELATED),
      perNode: countArgument('perNode', args.perNode, MAX_PER_NODE),
      window: dateWindow(args.from, args.to),
    });
  }
}
