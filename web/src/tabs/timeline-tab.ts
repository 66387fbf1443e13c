import type { Ref } from '../api/api.types';
import { labelColour } from '../graph/graph-style';
import { clear, h, notice } from '../ui/dom';

export interface TimelineItem extends Ref {
  date?: string | null;
  detail?: string;
}

function dayNumber(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Meetings of the current selection on a date axis, then as a list; every mark is a button. */
export function renderTimeline(
  root: HTMLElement,
  title: string,
  items: TimelineItem[],
  open: (ref: Ref) => void,
): void {
  const dated = items.filter((i) => i.date).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const undated = items.filter((i) => !i.date);
  if (items.length === 0) {
    clear(
      root,
      notice('empty', 'No meetings to show — select a person, topic or meeting, or widen the time window.'),
    );
    return;
  }
  const axis = h('div', { class: 'timeline-axis', role: 'list', 'aria-label': `Timeline: ${title}` });
  const first = dated[0]?.date;
  const last = dated[dated.length - 1]?.date;
  if (first && last) {
    const lo = dayNumber(first);
    const span = Math.max(1, dayNumber(last) - lo);
    const rows = new Map<number, number>();
    for (const item of dated) {
      const pct = ((dayNumber(item.date ?? first) - lo) / span) * 96 + 2;
      const bucket = Math.round(pct / 2);
      const row = rows.get(bucket) ?? 0;
      rows.set(bucket, row + 1);
      axis.append(
        h(
          'button',
          {
            type: 'button',
            role: 'listitem',
            class: 'timeline-mark',
            style: `left:${pct.toFixed(2)}%;bottom:${8 + (row % 4) * 14}px;background:${labelColour(item.label)}`,
            title: `${item.date} — ${item.name}`,
            'aria-label': `${item.date}: ${item.name}`,
            onclick: () => open(item),
          },
          '',
        ),
      );
    }
    axis.append(
      h('span', { class: 'timeline-edge left' }, first),
      h('span', { class: 'timeline-edge right' }, last),
    );
  }
  const list = h(
    'ol',
    { class: 'timeline-list' },
    [...dated, ...undated].map((item) =>
      h(
        'li',
        {},
        h('span', { class: 'date' }, item.date ?? 'undated'),
        ' ',
        h('button', { type: 'button', class: 'link', onclick: () => open(item) }, item.name),
        item.detail ? h('span', { class: 'muted' }, ` — ${item.detail}`) : null,
      ),
    ),
  );
  const count = items.length === 1 ? '1 meeting' : `${items.length} meetings`;
  clear(root, h('p', { class: 'tab-caption' }, `${count} — ${title}`), dated.length ? axis : null, list);
}
