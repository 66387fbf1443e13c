import type { NamedWithList } from '../api/api.types';
import { h } from '../ui/dom';
import { articlesRead, entityButton, section, type PanelContext } from './panel-context';

/**
 * "What appears with it?": the nodes its newest articles name most often, each with how many of them do; the count
 * keeps the panel's articles to those that name both.
 */
export function namedWithSection(
  ctx: PanelContext,
  list: NamedWithList | null | undefined,
): HTMLElement | null {
  if (!list || list.items.length === 0) return null;
  return section(
    `Named most often with it (in ${articlesRead(list.read)})`,
    h(
      'p',
      { class: 'chips', 'aria-label': 'Named most often with it' },
      list.items.map(({ entity, articles }) =>
        h(
          'span',
          { class: 'named-with' },
          entityButton(ctx, entity),
          h(
            'button',
            {
              type: 'button',
              class: 'link count',
              title: `Show the articles that name both (${articles} of those read)`,
              onclick: () => ctx.narrowArticles(entity),
            },
            `(${articles})`,
          ),
        ),
      ),
    ),
  );
}
