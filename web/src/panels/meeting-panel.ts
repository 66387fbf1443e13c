import type { Meeting } from '../api/api.types';
import { h } from '../ui/dom';
import { entityButton, panelHeader, section, type PanelContext } from './panel-context';
import { sourcesList } from './sources-list';

/** A meeting: date, place, participants with the titles they held then, topics, sources. */
export function meetingPanel(ctx: PanelContext, m: Meeting): HTMLElement {
  const subtitle: (Node | string)[] = [h('span', { class: 'date' }, m.date ?? 'undated')];
  if (m.kind) subtitle.push(` · ${m.kind}`);
  if (m.format) subtitle.push(` · ${m.format.replace('_', ' ')}`);
  if (m.status === 'PLANNED') subtitle.push(h('span', { class: 'count' }, 'planned'));
  if (m.place) {
    subtitle.push(' · ', entityButton(ctx, m.place));
    if (m.place.country) subtitle.push(', ', entityButton(ctx, m.place.country));
  }
  const participants = m.participants?.length
    ? h(
        'ul',
        { class: 'facts' },
        m.participants.map((p) =>
          h(
            'li',
            {},
            entityButton(ctx, p.person),
            p.title ? h('span', { class: 'muted' }, `, ${p.title}`) : null,
            p.role === 'principal' ? h('span', { class: 'count' }, 'principal') : null,
          ),
        ),
      )
    : h('p', { class: 'muted' }, 'No participants recorded.');
  const topics = m.topics?.length
    ? h(
        'p',
        { class: 'chips' },
        m.topics.map((t) => entityButton(ctx, t)),
      )
    : h('p', { class: 'muted' }, 'No topics recorded.');
  return h(
    'article',
    { class: 'panel', 'data-panel': 'meeting' },
    panelHeader(ctx, m, subtitle),
    section('Participants', participants),
    section('Topics', topics),
    section('Sources', sourcesList(ctx, m.sources, 'meeting')),
  );
}
