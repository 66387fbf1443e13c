import { ErrorCode } from '../../errors/error-codes';
import { ParleyError } from '../../errors/parley.error';
import { partialDateSpan } from '../common/date-window';
import { badUserInput, preview } from '../common/user-input';
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

/** The loader's entry point for posted text (LoadService.ingestText), injected so the API does not build the loader. */
export interface ArticleIngester {
  ingestText(
    text: string,
    meta: { title?: string; date?: string; source?: string; url?: string },
    options?: { replaces?: string },
  ): Promise<LoadedArticle>;
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
    const bytes = Buffer.byteLength(args.text, 'utf8');
    if (args.text.trim().length === 0) throw badUserInput('text', 'must not be empty');
    if (bytes > this.maxArticleBytes)
      throw badUserInput('text', `must be at most ${this.maxArticleBytes} bytes, got ${bytes}`);
    const date = args.date?.trim() || null;
    if (date !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !partialDateSpan(date))) {
      throw badUserInput('date', `must be a date as YYYY-MM-DD, got ${preview(date)}`);
    }
    for (const [name, value] of [
      ['title', args.title],
      ['source', args.source],
      ['url', args.url],
    ] as const) {
      if (value && value.length > 2000)
        throw badUserInput(name, `must be at most 2000 characters, got ${value.length}`);
    }
    if (!this.ingester)
      throw new ParleyError(ErrorCode.Internal, 'ingesting articles is not available in this server');
    const meta: { title?: string; date?: string; source?: string; url?: string } = {};
    if (args.title?.trim()) meta.title = args.title.trim();
    if (date) meta.date = date;
    if (args.source?.trim()) meta.source = args.source.trim();
    if (args.url?.trim()) meta.url = args.url.trim();
    const replaces = args.replaces?.trim() || undefined;
    if (replaces !== undefined) {
      const [old] = await this.entities.byIds([replaces]);
      if (old?.label !== 'Article')
        throw new ParleyError(ErrorCode.NotFound, `replaces: no article has the id ${preview(replaces)}`, {
          argument: 'replaces',
        });
    }
    const loaded = await this.ingester.ingestText(args.text, meta, { replaces });
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
