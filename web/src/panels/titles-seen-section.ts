import type { TitleHistory } from '../api/api.types';
import { h } from '../ui/dom';
import { articlesRead, dateRange, section } from './panel-context';

/**
 * "In which role, and when?": the titles a person's newest articles give it, first seen first, each with how many of
 * them do and between which dates; titles with no organization (a head of state's) show here, not as positions.
 */
export function titlesSeenSection(history: TitleHistory | null | undefined): HTMLElement | null {
  if (!history || history.items.length === 0) return null;
  return section(
    `Titles as the articles give them (in ${articlesRead(history.read)})`,
    h(
      'ol',
      { class: 'facts', 'aria-label': 'Titles as the articles give them' },
      history.items.map((t) =>
        h(
          'li',
          {},
          h('strong', {}, t.title),
          h(
            'span',
            { class: 'muted' },
            ` · ${t.articles} ${t.articles === 1 ? 'article' : 'articles'} · ${dateRange(t.firstSeen, t.lastSeen)}`,
          ),
        ),
      ),
    ),
  );
}
