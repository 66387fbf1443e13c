import type { QueryRunner } from '../../neo4j/neo4j-client';
import type { DateWindow } from '../common/date-window';
import { pageParams, type PageRequest } from '../connection/pagination';
import type { SortValue } from '../connection/cursor';
import type { Mention } from './mention.type';
import type { RelatedArticle } from './related-article.type';

const Q = { mentions: 'queries/article-mentions', related: 'queries/related-articles' } as const;

export type MentionRows = {
  total: number;
  rows: { sort: SortValue; id: string; node: Mention }[];
};

export class ArticleRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  /** One keyset page per article of the nodes it names, in reading order, with how many it names. */
  async mentionPagesByIds(
    ids: readonly string[],
    labels: readonly string[] | null,
    page: PageRequest,
  ): Promise<Map<string, MentionRows>> {
    const rows = await this.runner.read<MentionRows & { id: string }>(Q.mentions, {
      ids,
      labels,
      ...pageParams(page),
    });
    return new Map(rows.map((r) => [r.id, { total: r.total, rows: r.rows }]));
  }

  /** Per article, the `top` articles most like it, over each named node's newest `perNode` articles in a window. */
  async relatedByIds(
    ids: readonly string[],
    top: number,
    perNode: number,
    window: DateWindow,
  ): Promise<Map<string, RelatedArticle[]>> {
    const rows = await this.runner.read<{ id: string; related: RelatedArticle[] }>(Q.related, {
      ids,
      top,
      perNode,
      ...window,
    });
    return new Map(rows.map((r) => [r.id, r.related]));
  }
}
