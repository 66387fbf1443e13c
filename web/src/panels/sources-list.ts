import type { Source } from '../api/api.types';
import { h } from '../ui/dom';
import type { PanelContext } from './panel-context';

/**
 * "Says who?": each source as a disclosure: article title and date, then the supporting sentence highlighted.
 * `total`: how many articles support the fact when `sources` is only its newest page.
 */
export function sourcesList(
  ctx: PanelContext,
  sources: Source[] | undefined,
  what: string,
  total?: number,
): HTMLElement {
  if (!sources || sources.length === 0) {
    return h('p', { class: 'muted' }, `No source sentence recorded for this ${what}.`);
  }
  const items = sources.map((s) =>
    h(
      'li',
      {},
      h(
        'details',
        { class: 'source' },
        h(
          'summary',
          {},
          h('span', { class: 'source-title' }, s.title ?? 'Untitled article'),
          ' ',
          h('span', { class: 'muted' }, s.date ?? 'undated'),
        ),
        h(
          'blockquote',
          { class: 'sentence' },
          s.sentence
            ? h('mark', {}, s.sentence)
            : h(
                'span',
                { class: 'muted' },
                'The article supports this fact without a single located sentence.',
              ),
        ),
        s.source ? h('p', { class: 'muted source-origin' }, shorten(s.source)) : null,
        s.url
          ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, 'Open the original article')
          : null,
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            'data-entity': s.articleId,
            onclick: () =>
              ctx.open({ id: s.articleId, label: 'Article', name: s.title ?? 'Untitled article' }),
          },
          'What it names',
        ),
      ),
    ),
  );
  // Two sources answer "says who?"; the rest stay one click away so long lists do not bury the facts.
  const shown = items.slice(0, 2);
  const rest = items.slice(2);
  const unlisted = (total ?? sources.length) - sources.length;
  return h(
    'ul',
    { class: 'sources' },
    shown,
    unlisted > 0
      ? h('li', { class: 'muted' }, `Newest ${sources.length} of ${total} sources; GraphQL pages the rest.`)
      : null,
    rest.length
      ? h(
          'li',
          {},
          h(
            'details',
            { class: 'more-sources' },
            h('summary', {}, `${rest.length} more sources`),
            h('ul', { class: 'sources' }, rest),
          ),
        )
      : null,
  );
}

// Source lines can carry whole provenance notes; the panel shows their start.
export function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 88)}…` : text;
}
