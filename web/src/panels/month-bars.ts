import type { MonthCount } from '../api/api.types';
import { h } from '../ui/dom';

/** Every month from the first to the last, YYYY-MM, so that months with no article show as gaps. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** A node's attention over time: one bar per month, its height the articles that name it that month. */
export function monthBars(months: MonthCount[]): HTMLElement | null {
  if (months.length === 0) return null;
  const counts = new Map(months.map((m) => [m.month, m.count]));
  const max = Math.max(...months.map((m) => m.count));
  const all = monthsBetween(months[0]!.month, months[months.length - 1]!.month);
  return h(
    'div',
    // a few months keep narrow bars rather than a block across the panel
    { class: 'month-bars-wrap', style: `max-width:${Math.max(64, all.length * 14)}px` },
    h(
      'div',
      {
        class: 'month-bars',
        role: 'img',
        'aria-label': `Articles per month, ${all[0]} to ${all[all.length - 1]}, at most ${max}`,
      },
      all.map((month) => {
        const count = counts.get(month) ?? 0;
        return h('span', {
          'data-month': month,
          'data-count': count,
          title: `${month}: ${count} article${count === 1 ? '' : 's'}`,
          style: `height:${count === 0 ? 0 : Math.max(4, Math.round((100 * count) / max))}%`,
        });
      }),
    ),
    h(
      'div',
      { class: 'month-bars-axis muted' },
      h('span', {}, all[0]!),
      all.length > 1 ? h('span', {}, all[all.length - 1]!) : null,
    ),
  );
}
