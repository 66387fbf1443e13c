import type { GraphNode, OrganizationPeople, Ref, TopicMeetings } from '../api/api.types';
import { h } from '../ui/dom';
import { articlesSection, type NodeArticles } from './articles-section';
import { namedWithSection } from './named-with-section';
import { dateRange, entityButton, panelHeader, section, type PanelContext } from './panel-context';

/** An organization: where it sits, who held titles in it, and the newest articles that name it. */
export function organizationPanel(
  ctx: PanelContext,
  o: OrganizationPeople,
  articles?: NodeArticles,
): HTMLElement {
  const subtitle: (Node | string)[] = [o.kind ?? 'organization'];
  if (o.country) subtitle.push(' · ', entityButton(ctx, o.country));
  if (o.parent) subtitle.push(' · part of ', entityButton(ctx, o.parent));
  const people = o.people.edges.length
    ? h(
        'ol',
        { class: 'facts' },
        o.people.edges.map(({ node }) =>
          h(
            'li',
            {},
            entityButton(ctx, node.person),
            h('span', { class: 'muted' }, `, ${node.title ?? 'member'}`),
            node.organization.id !== o.id
              ? h('span', { class: 'muted' }, ` (${node.organization.name})`)
              : null,
            h('div', { class: 'muted' }, dateRange(node.since, node.until)),
          ),
        ),
      )
    : h('p', { class: 'muted' }, 'Nobody is recorded holding a title here.');
  return h(
    'article',
    { class: 'panel', 'data-panel': 'organization' },
    panelHeader(ctx, o, subtitle),
    o.departments.length
      ? section(
          'Departments',
          h(
            'p',
            { class: 'chips' },
            o.departments.map((d) => entityButton(ctx, d)),
          ),
        )
      : null,
    section(`People (${o.people.totalCount})`, people),
    namedWithSection(ctx, articles?.namedWith),
    articlesSection(ctx, articles),
  );
}

/** A topic: the meetings that discussed it, newest first, and the newest articles that name it. */
export function topicPanel(
  ctx: PanelContext,
  ref: Ref,
  t: TopicMeetings,
  articles?: NodeArticles,
): HTMLElement {
  const meetings = t.edges.length
    ? h(
        'ol',
        { class: 'facts' },
        t.edges.map(({ node: m }) =>
          h(
            'li',
            {},
            h('span', { class: 'date' }, m.date ?? 'undated'),
            ' ',
            entityButton(ctx, m),
            m.participants?.length
              ? h('div', { class: 'muted' }, m.participants.map((p) => p.person.name).join(', '))
              : null,
          ),
        ),
      )
    : h('p', { class: 'muted' }, 'No meeting discussed this topic.');
  return h(
    'article',
    { class: 'panel', 'data-panel': 'topic' },
    panelHeader(ctx, ref, [`${t.totalCount} meetings`]),
    t.topics.length > 1
      ? section(
          'Matched topics',
          h(
            'p',
            { class: 'chips' },
            t.topics.map((x) => entityButton(ctx, x)),
          ),
        )
      : null,
    section('Meetings', meetings),
    namedWithSection(ctx, articles?.namedWith),
    articlesSection(ctx, articles),
  );
}

/** Any other entity (country, place, article): its neighbours in the graph, grouped by label, and its articles. */
export function neighboursPanel(
  ctx: PanelContext,
  ref: Ref,
  neighbours: GraphNode[],
  articles?: NodeArticles,
): HTMLElement {
  const groups = new Map<string, GraphNode[]>();
  for (const n of neighbours) {
    if (n.id === ref.id) continue;
    groups.set(n.label, [...(groups.get(n.label) ?? []), n]);
  }
  return h(
    'article',
    { class: 'panel', 'data-panel': 'entity' },
    panelHeader(ctx, ref, [`${neighbours.length - 1} neighbours in the graph`]),
    groups.size === 0 ? h('p', { class: 'muted' }, 'Nothing is linked to it yet.') : null,
    [...groups.entries()].map(([label, nodes]) =>
      section(
        `${label} (${nodes.length})`,
        h(
          'p',
          { class: 'chips' },
          nodes.slice(0, 60).map((n) => entityButton(ctx, n, n.date ? `${n.name} (${n.date})` : n.name)),
        ),
      ),
    ),
    namedWithSection(ctx, articles?.namedWith),
    articlesSection(ctx, articles),
  );
}
