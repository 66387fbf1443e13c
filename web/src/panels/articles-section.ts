import type { MonthCount, NamedWithList, Ref, SourcePage } from '../api/api.types';
import { monthBars } from './month-bars';
import { h } from '../ui/dom';
import { section, type PanelContext } from './panel-context';
import { sourcesList } from './sources-list';

/** A page of a node's articles and the window of dates it was asked in ('' each when open). */
export interface NodeArticles {
  page: SourcePage;
  from: string;
  to: string;
  /** the graph's centre, when the page may keep the articles that name it too */
  centre: Ref | null;
  /** the node the page's articles all name too, or null */
  also: Ref | null;
  /** the nodes its newest articles name most often (in the same window) */
  namedWith: NamedWithList | null;
  /** how many articles name it each month of the window */
  months: MonthCount[];
}

function windowText(from: string, to: string): string {
  if (from && to) return from === to ? ` in ${from}` : ` ${from} – ${to}`;
  if (from) return ` since ${from}`;
  return to ? ` until ${to}` : '';
}

/** The button that keeps the panels' articles to those naming `to` too, or (null) shows them all again. */
function narrowButton(ctx: PanelContext, to: Ref | null, label: string, title: string): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'link narrow',
      // pressed while the articles are narrowed, that is when this button widens them
      'aria-pressed': String(to === null),
      title,
      onclick: () => ctx.narrowArticles(to),
    },
    label,
  );
}

/** "Which articles name it?": the newest page of a node's articles, each with the sentence of its first mention. */
export function articlesSection(ctx: PanelContext, articles: NodeArticles | undefined): HTMLElement | null {
  if (!articles) return null;
  const { page, from, to, centre, also, months } = articles;
  // the months count all its articles: shown beside the whole list, not a narrowed one
  const bars = also ? null : monthBars(months);
  const naming = also ? ` naming ${also.name} too` : '';
  const title = `Articles${naming}${windowText(from, to)} (${page.totalCount})`;
  const toggle = also
    ? narrowButton(ctx, null, 'Show all its articles', 'Show all the articles that name it')
    : centre
      ? narrowButton(
          ctx,
          centre,
          `Only those naming ${centre.name} too`,
          `Keep only the articles that also name ${centre.name}, the graph's centre`,
        )
      : null;
  if (!page.edges.length)
    return section(
      title,
      toggle,
      h('p', { class: 'muted' }, also ? 'No article names both.' : 'No article names it.'),
    );
  return section(
    title,
    bars,
    toggle,
    sourcesList(
      ctx,
      page.edges.map((e) => e.node),
      'name',
      page.totalCount,
    ),
  );
}
