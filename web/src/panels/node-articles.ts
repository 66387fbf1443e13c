import type { Ref } from '../api/api.types';
import { runOperation } from '../api/parley-api';
import { windowVariables } from '../state/url-state';
import type { NodeArticles } from './articles-section';

// A panel lists the newest few articles that name its node; GraphQL pages the rest.
const ARTICLES_SHOWN = 5;
// A panel lists the nodes named most often with its own, as chips.
const NAMED_WITH_SHOWN = 8;
// The labels with `mentionedIn`: a meeting's articles are its sources, an article is one.
export const NAMED_IN_ARTICLES = new Set(['Person', 'Organization', 'Country', 'Place', 'Topic']);

/** What a panel shows of a node's articles: the window, the graph's centre and the node they must name too. */
export interface ArticlesAsked {
  from: string;
  to: string;
  centre: Ref | null;
  also: Ref | null;
}

/**
 * A node's articles as its panel shows them (the newest page, the nodes named most often with it, its articles per
 * month), asked together; undefined for a node articles do not name (a meeting, an article).
 */
export async function askNodeArticles(node: Ref, asked: ArticlesAsked): Promise<NodeArticles | undefined> {
  if (!NAMED_IN_ARTICLES.has(node.label)) return undefined;
  const { from, to, centre, also } = asked;
  const window = windowVariables(asked);
  const [articles, named, months] = await Promise.all([
    runOperation('EntityArticles', {
      id: node.id,
      first: ARTICLES_SHOWN,
      ...window,
      with: also ? [also.id] : null,
    }),
    runOperation('NamedWith', { id: node.id, top: NAMED_WITH_SHOWN, ...window }),
    runOperation('MentionsByMonth', { id: node.id, ...window }),
  ]);
  const page = articles.entity?.mentionedIn;
  if (!page) return undefined;
  return {
    page,
    from,
    to,
    centre,
    also,
    namedWith: named.entity?.namedWith ?? null,
    months: months.entity?.mentionsByMonth ?? [],
  };
}
