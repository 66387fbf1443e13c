import type { ArticleMentions, RelatedArticle } from '../api/api.types';
import { h } from '../ui/dom';
import { entityButton, panelHeader, section, type PanelContext } from './panel-context';
import { shorten } from './sources-list';

// A related article lists the first few nodes it shares, rarest first.
const SHARED_SHOWN = 4;

/** "More like this": the articles that name the most of the same (rare) nodes, each opening its own panel. */
function relatedSection(ctx: PanelContext, related: RelatedArticle[]): HTMLElement | null {
  if (related.length === 0) return null;
  return section(
    'Related articles',
    h(
      'ol',
      { class: 'facts', 'aria-label': 'Related articles' },
      related.map(({ article, shared }) =>
        h(
          'li',
          {},
          entityButton(ctx, article, article.title ?? article.name),
          ' ',
          h('span', { class: 'muted' }, article.date ?? 'undated'),
          h(
            'div',
            { class: 'muted' },
            `both name ${shared
              .slice(0, SHARED_SHOWN)
              .map((s) => s.name)
              .join(', ')}${shared.length > SHARED_SHOWN ? ` and ${shared.length - SHARED_SHOWN} more` : ''}`,
          ),
        ),
      ),
    ),
  );
}

/** An article: where and when it appeared, what it names in reading order (each with its first mention), and the
 * articles most like it. */
export function articlePanel(
  ctx: PanelContext,
  a: ArticleMentions,
  related: RelatedArticle[] = [],
): HTMLElement {
  const subtitle: (Node | string)[] = [h('span', { class: 'date' }, a.date ?? 'undated')];
  if (a.source) subtitle.push(` · ${shorten(a.source)}`);
  if (a.url)
    subtitle.push(
      ' · ',
      h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, 'Open the original article'),
    );
  const { mentions } = a;
  const named = mentions.edges.length
    ? h(
        'ol',
        { class: 'facts', 'aria-label': 'Named in reading order' },
        mentions.edges.map(({ node: m }) =>
          h(
            'li',
            {},
            entityButton(ctx, m.entity),
            m.titles.length ? h('span', { class: 'muted' }, `, ${m.titles.join('; ')}`) : null,
            m.status === 'PLANNED' ? h('span', { class: 'count' }, 'planned') : null,
            m.sentence
              ? h(
                  'details',
                  { class: 'source' },
                  h('summary', { class: 'muted' }, 'first mention'),
                  h('blockquote', { class: 'sentence' }, h('mark', {}, m.sentence)),
                )
              : null,
          ),
        ),
      )
    : h('p', { class: 'muted' }, 'It names nothing the graph keeps.');
  const unlisted = mentions.totalCount - mentions.edges.length;
  return h(
    'article',
    { class: 'panel', 'data-panel': 'article' },
    panelHeader(ctx, a, subtitle),
    section(
      `Names (${mentions.totalCount})`,
      named,
      unlisted > 0 ? h('p', { class: 'muted' }, `${unlisted} more; GraphQL pages the rest.`) : null,
    ),
    relatedSection(ctx, related),
  );
}
