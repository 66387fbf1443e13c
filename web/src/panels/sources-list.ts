import type { Source } from '../api/api.types';
import { h } from '../ui/dom';

/** "Says who?": each source as a disclosure: article title and date, then the supporting sentence highlighted. */
export function sourcesList(sources: Source[] | undefined, what: string): HTMLElement {
  if (!sources || sources.length === 0) {
    return h('p', { class: 'muted' }, `No source sentence recorded for this ${what}.`);
  }
  return h(
    'ul',
    { class: 'sources' },
    sources.map((s) =>
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
            h('span', { class: 'muted' }, [s.date, s.source].filter(Boolean).join(' · ')),
          ),
          h(
            'blockquote',
            { class: 'sentence' },
            s.sentence ? h('mark', {}, s.sentence) : h('span', { class: 'muted' }, 'The article supports this fact without a single located sentence.'),
          ),
          s.url ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, 'Open the original article') : null,
        ),
      ),
    ),
  );
}
