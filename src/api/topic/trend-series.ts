// A chart of more series than this is unreadable (and its answer large): the rest are summed into "other".
export const MAX_SERIES = 50;
/** How many series a request keeps unless it says. */
export const DEFAULT_SERIES = 8;

/** One month's count in a series. */
export interface MonthPoint {
  month: string;
  count: number;
}

/** A series as a chart draws it: its points by month, ascending, and their sum. */
export interface Series<K> {
  key: K;
  total: number;
  points: MonthPoint[];
}

/** The `top` series with the largest sums, and the rest summed month by month (what a stacked chart calls "other"). */
export interface TopSeries<K> {
  series: Series<K>[];
  /** how many series were summed into `other` */
  others: number;
  other: MonthPoint[];
}

/** Orders points by month, ascending. */
export const byMonth = (a: MonthPoint, b: MonthPoint) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0);

function pointsOf(counts: Map<string, number>): MonthPoint[] {
  return [...counts].map(([month, count]) => ({ month, count })).sort(byMonth);
}

/**
 * Groups rows into series by `seriesOf` (id: what tells series apart; name: how a chart labels it), summing the counts
 * of rows in the same series and month, and keeps the `top` largest (ties: by name, then id); the rest become `other`.
 */
export function topSeries<R extends MonthPoint, K>(
  rows: readonly R[],
  seriesOf: (row: R) => { id: string; name: string; key: K },
  top: number,
): TopSeries<K> {
  const groups = new Map<
    string,
    { id: string; name: string; key: K; total: number; counts: Map<string, number> }
  >();
  for (const row of rows) {
    const s = seriesOf(row);
    let g = groups.get(s.id);
    if (!g) groups.set(s.id, (g = { ...s, total: 0, counts: new Map() }));
    g.total += row.count;
    g.counts.set(row.month, (g.counts.get(row.month) ?? 0) + row.count);
  }
  const ranked = [...groups.values()].sort(
    (a, b) => b.total - a.total || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1),
  );
  const rest = new Map<string, number>();
  for (const g of ranked.slice(top))
    for (const [month, n] of g.counts) rest.set(month, (rest.get(month) ?? 0) + n);
  return {
    series: ranked.slice(0, top).map((g) => ({ key: g.key, total: g.total, points: pointsOf(g.counts) })),
    others: Math.max(ranked.length - top, 0),
    other: pointsOf(rest),
  };
}
