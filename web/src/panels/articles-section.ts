import type { SourcePage } from '../api/api.types';
import { h } from '../ui/dom';
import { section } from './panel-context';
import { sourcesList } from './sources-list';

/** "Which articles name it?": the newest page of a node's articles, each with the sentence of its first mention. */
export function articlesSection(articles: SourcePage | undefined): HTMLElement | null {
  if (!articles) return null;
  if (!articles.edges.length)
    return section('Articles (0)', h('p', { class: 'muted' }, 'No article names it.'));
  return section(
    `Articles (${articles.totalCount})`,
    sourcesList(
      articles.edges.map((e) => e.node),
      'name',
      articles.totalCount,
    ),
  );
}
