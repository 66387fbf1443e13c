import type { ApiLoaders } from '../api-loaders';
import { dateWindow } from '../common/date-window';
import { MAX_WITH, type MentionPageArgs, type WindowArgs } from '../connection/page.args';
import type { MonthCount } from '../topic/trend-series.type';
import { badUserInput, countArgument } from '../common/user-input';
import { isIsoDateSort, type SortValue } from '../connection/cursor';
import { pageRequest, toPage, type PageResult } from '../connection/pagination';
import { EVENT_FACTS, factId, type FactRef } from './source.repository';
import { REPEATED_FACTS } from '../../domain/fact-key';
import type { Source } from './source.type';
import { MAX_NAMED_WITH, type NamedWithArgs } from './named-with.args';
import { MAX_ARTICLES_READ } from '../common/newest-articles.args';
import type { NamedWithList } from './named-with.type';
import type { TitleHistoryArgs } from '../person/title-history.args';
import type { TitleHistory } from '../person/title-history.type';

/** Sources sort by article date, newest first; undated articles sort as '' and come last. */
export const isSourceSort = (v: unknown): v is SortValue => v === '' || isIsoDateSort(v);

const SOURCED = new Set<string>([...REPEATED_FACTS, ...EVENT_FACTS]);

const EMPTY: PageResult<Source> = {
  totalCount: 0,
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
};

/** The other nodes an article must name too: distinct, sorted (one loader group whatever their order), not the node. */
function othersNamed(id: string, ids: readonly string[] | null | undefined): string[] {
  const others = [...new Set(ids ?? [])].filter((other) => other !== id).sort();
  if (others.length > MAX_WITH)
    throw badUserInput('with', `names at most ${MAX_WITH} other nodes, got ${others.length}`);
  return others;
}

export class SourceService {
  constructor(private readonly loaders: ApiLoaders) {}

  /** A page of the articles that support a fact, newest first; `total` is the fact's source count. */
  async sources(
    fact: { type: string; from: string; to: string; title?: string | null },
    total: number,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<PageResult<Source>> {
    const page = pageRequest(first, after, isSourceSort);
    if (!SOURCED.has(fact.type)) return EMPTY;
    const ref = { ...fact, title: fact.type === 'HOLDS_POSITION' ? (fact.title ?? null) : null } as FactRef;
    const found = await this.loaders.sources.load({ id: factId(ref), page });
    return toPage(found.rows, page, total);
  }

  /**
   * A page of the articles that mention a node (and each node of `with`, when given), newest first, in an optional
   * window; `totalCount`: how many do, read only when `counted` (in a window or with others, it reads their articles).
   */
  async mentions(id: string, args: MentionPageArgs, counted: boolean): Promise<PageResult<Source>> {
    const page = pageRequest(args.first, args.after, isSourceSort);
    const window = dateWindow(args.from, args.to);
    const found = await this.loaders.mentions.load({
      id,
      page,
      window,
      with: othersNamed(id, args.with),
      counted,
    });
    return toPage(found.rows, page, found.total);
  }

  /** How many articles name a node each month of an optional window (undated ones left out), oldest first. */
  mentionMonths(id: string, args: WindowArgs): Promise<MonthCount[]> {
    return this.loaders.mentionMonths.load({ id, window: dateWindow(args.from, args.to) });
  }

  /** The nodes named most often in a node's newest articles (within an optional window), with how many were read. */
  async namedWith(id: string, args: NamedWithArgs): Promise<NamedWithList> {
    const top = countArgument('top', args.top, MAX_NAMED_WITH);
    const scan = countArgument('articles', args.articles, MAX_ARTICLES_READ);
    if (args.labels && args.labels.length === 0) return { read: 0, items: [] };
    const labels = args.labels ? [...new Set(args.labels)].sort() : null;
    return this.loaders.namedWith.load({ id, labels, window: dateWindow(args.from, args.to), top, scan });
  }

  /** The titles a person's newest articles (within an optional window) give it, with how many were read. */
  async titleHistory(id: string, args: TitleHistoryArgs): Promise<TitleHistory> {
    const scan = countArgument('articles', args.articles, MAX_ARTICLES_READ);
    return this.loaders.titleHistory.load({ id, window: dateWindow(args.from, args.to), scan });
  }
}
