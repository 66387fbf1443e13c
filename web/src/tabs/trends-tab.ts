import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { TopicTrends } from '../api/api.types';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

// More series than this is unreadable: the rest are summed into "other".
const MAX_SERIES = 8;

export type TrendMode = 'topic' | 'pair';

/** Meetings per month, stacked per topic or per country pair (ECharts, tree-shaken to a bar chart). */
export class TrendsChart {
  private chart: echarts.ECharts | undefined;

  constructor(private readonly container: HTMLElement) {}

  /** Draws the chart; returns the number of series drawn (0 means: nothing to draw). */
  render(trends: TopicTrends, mode: TrendMode): number {
    const counts = new Map<string, Map<string, number>>();
    const add = (series: string, month: string, n: number) => {
      const byMonth = counts.get(series) ?? new Map<string, number>();
      byMonth.set(month, (byMonth.get(month) ?? 0) + n);
      counts.set(series, byMonth);
    };
    if (mode === 'topic') for (const r of trends.rows ?? []) add(r.topic.name, r.month, r.count);
    else for (const p of trends.countryPairs ?? []) add(p.countries.join('–'), p.month, p.count);

    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const ranked = [...counts.entries()].sort(
      (a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]),
    );
    const kept = ranked.slice(0, MAX_SERIES);
    const rest = ranked.slice(MAX_SERIES);
    if (rest.length) {
      const other = new Map<string, number>();
      for (const [, m] of rest) for (const [month, n] of m) other.set(month, (other.get(month) ?? 0) + n);
      kept.push(['other', other]);
    }
    const months = trends.months;
    this.chart ??= echarts.init(this.container, undefined, { renderer: 'canvas' });
    this.chart.setOption(
      {
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { type: 'scroll', top: 0 },
        grid: { left: 40, right: 16, top: 40, bottom: 24 },
        xAxis: { type: 'category', data: months },
        yAxis: { type: 'value', minInterval: 1 },
        series: kept.map(([name, m]) => ({
          name,
          type: 'bar',
          stack: 'all',
          data: months.map((month) => m.get(month) ?? 0),
        })),
      },
      true,
    );
    return kept.length;
  }

  resize(): void {
    this.chart?.resize();
  }
}
