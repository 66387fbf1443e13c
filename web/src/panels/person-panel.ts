import type { PersonProfile, TitleHistory } from '../api/api.types';
import { h } from '../ui/dom';
import { articlesSection, type NodeArticles } from './articles-section';
import { namedWithSection } from './named-with-section';
import { dateRange, entityButton, panelHeader, section, type PanelContext } from './panel-context';
import { sourcesList } from './sources-list';
import { titlesSeenSection } from './titles-seen-section';

/**
 * A person: titles over time (positions, then the titles its articles give it: `titles`), counterparts by shared
 * meetings, meetings in date order, each with its sources, and the newest articles that name the person (`articles`:
 * a page of them, with how many there are).
 */
export function personPanel(
  ctx: PanelContext,
  p: PersonProfile,
  articles?: NodeArticles,
  titles?: TitleHistory | null,
): HTMLElement {
  const subtitle: (Node | string)[] = [];
  if (p.title) subtitle.push(p.title);
  if (p.country) subtitle.push(subtitle.length ? ' · ' : '', entityButton(ctx, p.country));
  subtitle.push(` · seen ${dateRange(p.firstSeen, p.lastSeen)}`);

  const positions = p.positions.length
    ? h(
        'ol',
        { class: 'facts' },
        p.positions.map((pos) =>
          h(
            'li',
            {},
            h('div', {}, h('strong', {}, pos.title ?? 'member'), ', ', entityButton(ctx, pos.organization)),
            h('div', { class: 'muted' }, dateRange(pos.since, pos.until)),
            sourcesList(
              ctx,
              pos.sources.edges.map((e) => e.node),
              'title',
              pos.sources.totalCount,
            ),
          ),
        ),
      )
    : h(
        'p',
        { class: 'muted' },
        // a title seen with no organization (a head of state's) is the person's title, but no position
        p.title
          ? `${p.title}, with no organization named: positions are kept per organization, so none is listed.`
          : 'No titles recorded yet.',
      );

  const counterparts = p.counterparts.edges.length
    ? h(
        'ol',
        { class: 'ranked', 'aria-label': 'Counterparts ranked by shared meetings' },
        p.counterparts.edges.map(({ node: c }) =>
          h(
            'li',
            {},
            entityButton(ctx, c.person),
            h('span', { class: 'muted' }, ` ${c.person.title ?? ''}`),
            h(
              'span',
              {
                class: 'count',
                title: `${c.sharedMeetings} shared meetings, ${dateRange(c.firstDate, c.lastDate)}`,
              },
              `${c.sharedMeetings} shared`,
            ),
          ),
        ),
      )
    : h('p', { class: 'muted' }, 'No counterparts yet: no meeting with someone else is recorded.');

  const meetings = p.meetings.edges.length
    ? h(
        'ol',
        { class: 'facts', 'aria-label': 'Meetings in date order' },
        p.meetings.edges.map(({ node: m }) =>
          h(
            'li',
            {},
            h('div', {}, h('span', { class: 'date' }, m.date ?? 'undated'), ' ', entityButton(ctx, m)),
            m.place ? h('div', { class: 'muted' }, 'at ', entityButton(ctx, m.place)) : null,
            sourcesList(ctx, m.sources, 'meeting'),
          ),
        ),
      )
    : h('p', { class: 'muted' }, 'No meetings recorded for this person.');

  return h(
    'article',
    { class: 'panel', 'data-panel': 'person' },
    panelHeader(ctx, p, subtitle),
    p.aliases.length ? h('p', { class: 'muted' }, `Also written: ${p.aliases.join(', ')}`) : null,
    section('Titles over time', positions),
    titlesSeenSection(titles),
    section(`Counterparts (${p.counterparts.totalCount})`, counterparts),
    section(`Meetings (${p.meetings.totalCount})`, meetings),
    namedWithSection(ctx, articles?.namedWith),
    articlesSection(ctx, articles),
  );
}
