import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { MonthCount, TrendSeries } from '../api/api.types';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type TrendMode = 'topic' | 'pair';

/** Meetings per month, stacked per topic or per country pair (ECharts, tree-shaken to a bar chart). */
export class TrendsChart {
  private chart: echarts.ECharts | undefined;

  constructor(private readonly container: HTMLElement) {}

  /** Draws the chart; returns the number of series drawn (0 means: nothing to draw). */
  render(trends: TrendSeries, mode: TrendMode): number {
    const set = mode === 'topic' ? trends.topicSeries : trends.pairSeries;
    const kept: [string, MonthCount[]][] = (set?.series ?? []).map((s) => [
      'topic' in s ? s.topic.name : s.countries.join('–'),
      s.points,
    ]);
    if (set && set.others > 0) kept.push([`other (${set.others})`, set.other]);
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
        series: kept.map(([name, points]) => {
          const byMonth = new Map(points.map((p) => [p.month, p.count]));
          return { name, type: 'bar', stack: 'all', data: months.map((month) => byMonth.get(month) ?? 0) };
        }),
      },
      true,
    );
    return kept.length;
  }

  resize(): void {
    this.chart?.resize();
  }
}
