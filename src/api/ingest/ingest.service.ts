import { ErrorCode } from '../../errors/error-codes';
import { ParleyError } from '../../errors/parley.error';
import { checkPostedArticle, type PostedArticle } from '../../domain/posted-article';
import { preview } from '../common/user-input';
import type { EntityRepository } from '../entity/entity.repository';
import type { Article } from '../article/article.type';
import { IngestStatus, type IngestResult } from './ingest-result.type';

/** What the loader returns for one ingested article (src/load/load.types.ts `IngestResult`). */
export interface LoadedArticle {
  article: { id: string; status: string };
  people: { id: string; name: string; status: string }[];
  meetings: { id: string; name: string; status: string }[];
  topics: { id: string; name: string; status: string }[];
}

/** The loader's entry point for posted articles (LoadService.ingestPosted), injected so the API does not build the loader. */
export interface ArticleIngester {
  ingestPosted(article: PostedArticle): Promise<LoadedArticle>;
}

const status = (s: string) => (s === 'created' ? IngestStatus.CREATED : IngestStatus.MATCHED);

export class IngestService {
  constructor(
    private readonly ingester: ArticleIngester | undefined,
    private readonly entities: EntityRepository,
    private readonly maxArticleBytes: number,
  ) {}

  async ingest(args: {
    text: string;
    title?: string | null;
    date?: string | null;
    source?: string | null;
    url?: string | null;
    replaces?: string | null;
  }): Promise<IngestResult> {
    const posted = checkPostedArticle(args, this.maxArticleBytes);
    if (!this.ingester)
      throw new ParleyError(ErrorCode.Internal, 'ingesting articles is not available in this server');
    if (posted.replaces !== undefined) {
      const [old] = await this.entities.byIds([posted.replaces]);
      if (old?.label !== 'Article')
        throw new ParleyError(
          ErrorCode.NotFound,
          `replaces: no article has the id ${preview(posted.replaces)}`,
          {
            argument: 'replaces',
          },
        );
    }
    const loaded = await this.ingester.ingestPosted(posted);
    const [row] = await this.entities.byIds([loaded.article.id]);
    const meetingDates = new Map(
      (await this.entities.byIds(loaded.meetings.map((m) => m.id))).map((m) => [m.id, m.date]),
    );
    return {
      articleId: loaded.article.id,
      article: (row as Article | undefined) ?? null,
      people: loaded.people.map((p) => ({ id: p.id, name: p.name, status: status(p.status), date: null })),
      meetings: loaded.meetings.map((m) => {
        const day = meetingDates.get(m.id);
        return {
          id: m.id,
          name: m.name,
          status: status(m.status),
          date: typeof day === 'string' ? day : null,
        };
      }),
      topics: loaded.topics.map((t) => ({ id: t.id, name: t.name, status: status(t.status), date: null })),
    };
  }
}
