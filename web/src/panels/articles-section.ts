import type { SourcePage } from '../api/api.types';
import { h } from '../ui/dom';
import { section, type PanelContext } from './panel-context';
import { sourcesList } from './sources-list';

/** A page of a node's articles and the window of dates it was asked in ('' each when open). */
export interface NodeArticles {
  page: SourcePage;
  from: string;
  to: string;
}

function windowText(from: string, to: string): string {
  if (from && to) return from === to ? ` in ${from}` : ` ${from} – ${to}`;
  if (from) return ` since ${from}`;
  return to ? ` until ${to}` : '';
}

/** "Which articles name it?": the newest page of a node's articles, each with the sentence of its first mention. */
export function articlesSection(ctx: PanelContext, articles: NodeArticles | undefined): HTMLElement | null {
  if (!articles) return null;
  const { page, from, to } = articles;
  const title = `Articles${windowText(from, to)} (${page.totalCount})`;
  if (!page.edges.length) return section(title, h('p', { class: 'muted' }, 'No article names it.'));
  return section(
    title,
    sourcesList(
      ctx,
      page.edges.map((e) => e.node),
      'name',
      page.totalCount,
    ),
  );
}
