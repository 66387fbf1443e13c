import type { Ref } from '../api/api.types';
import { labelColour } from '../graph/graph-style';
import { h } from '../ui/dom';

/** What a panel may ask of the dashboard. */
export interface PanelContext {
  open(ref: Ref): void;
  expand(ref: Ref): void;
  recentre(ref: Ref): void;
  /** keep, in every panel's articles, only those that name `also` too (null: all of them again) */
  narrowArticles(also: Ref | null): void;
}

/** A link-styled button that opens an entity (a real <button>, so Tab and Enter reach it). */
export function entityButton(ctx: PanelContext, ref: Ref, text: string = ref.name): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'link',
      'data-entity': ref.id,
      title: `Open ${ref.label} ${ref.name}`,
      onclick: () => ctx.open(ref),
    },
    h('span', { class: 'dot', style: `background:${labelColour(ref.label)}`, 'aria-hidden': 'true' }),
    text,
  );
}

export function labelBadge(label: string): HTMLElement {
  return h('span', { class: 'badge', style: `background:${labelColour(label)}` }, label);
}

/** The panel heading with the graph actions every entity shares. */
export function panelHeader(ctx: PanelContext, ref: Ref, subtitle: (Node | string)[]): HTMLElement {
  return h(
    'header',
    { class: 'panel-header' },
    h('h2', { id: 'panel-title' }, labelBadge(ref.label), ' ', ref.name),
    h('p', { class: 'subtitle' }, ...subtitle),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          onclick: () => ctx.recentre(ref),
          title: 'Show this entity at the centre of the graph',
        },
        'Centre graph here',
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: () => ctx.expand(ref),
          title: 'Add its neighbours to the graph (or double-click the node)',
        },
        'Expand in graph',
      ),
    ),
  );
}

export function section(title: string, ...body: (Node | null)[]): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', {}, title), ...body);
}

export function dateRange(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return 'dates unknown';
  if (from === to || !to) return from ?? '';
  return `${from ?? '…'} – ${to}`;
}

/** The articles an answer over a node's newest ones read ("its one article", "its 12 newest articles"). */
export function articlesRead(read: number): string {
  return read === 1 ? 'its one article' : `its ${read} newest articles`;
}
