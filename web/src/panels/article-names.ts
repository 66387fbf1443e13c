import type { ArticleMentions } from '../api/api.types';
import { runOperation } from '../api/parley-api';

// An article's panel and graph list what it names; a long readout's rest is paged by GraphQL.
const ARTICLE_NAMES_SHOWN = 50;

/** What an article names (its panel's and its graph's request), or null when the id is not an article's. */
export async function articleNames(id: string): Promise<ArticleMentions | null> {
  const found = (await runOperation('ArticleMentions', { id, first: ARTICLE_NAMES_SHOWN })).entity;
  return found?.mentions ? (found as ArticleMentions) : null;
}
