import { errorText, runOperation } from '../api/parley-api';
import { windowVariables, type ViewState } from '../state/url-state';
import { clear, h, notice } from '../ui/dom';
import type { TrendsChart } from './trends-tab';

// A chart of more series than this is unreadable: the server sums the rest into "other".
const TREND_SERIES = 8;

/** The trends tab: asks the series of the view's country, window and mode once per change, and draws them. */
export class TrendsPane {
  private chart: TrendsChart | undefined;
  private shownKey = '';

  constructor(
    private readonly status: HTMLElement,
    private readonly chartEl: HTMLElement,
  ) {}

  async show({ trendCountry, from, to, trendMode }: ViewState): Promise<void> {
    const key = JSON.stringify([trendCountry, from, to, trendMode]);
    if (key === this.shownKey) return;
    this.shownKey = key;
    clear(this.status, notice('loading', 'Counting meetings per month…'));
    try {
      // ECharts is loaded on first use, so the graph view does not wait for it.
      const module = import('./trends-tab');
      // only the series the chart draws, the rest summed by the server: the answer's size follows them, not the graph
      const trends = (
        await runOperation('TrendSeries', {
          country: trendCountry || null,
          ...windowVariables({ from, to }),
          top: TREND_SERIES,
          byTopic: trendMode === 'topic',
          byPair: trendMode === 'pair',
        })
      ).topicTrends;
      const { TrendsChart } = await module;
      this.chart ??= new TrendsChart(this.chartEl);
      const drawn = this.chart.render(trends, trendMode);
      const where = trendCountry ? ` involving ${trendCountry}` : '';
      clear(
        this.status,
        drawn === 0
          ? notice(
              'empty',
              `No meetings dated to a month${where} in this window — widen the time window or clear the country.`,
            )
          : h(
              'p',
              { class: 'tab-caption' },
              `Meetings per month ${trendMode === 'topic' ? 'per topic' : 'per country pair'}${where}`,
            ),
      );
    } catch (err) {
      this.shownKey = '';
      clear(this.status, notice('error', errorText(err)));
    }
  }

  resize(): void {
    this.chart?.resize();
  }
}
