import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_FIRST, MAX_FIRST } from '../connection/pagination';
import { DEFAULT_SERIES, MAX_SERIES } from '../topic/trend-series';

// Field costs for graphql-query-complexity: a list multiplies its children by how many items it may hold.

/** A list without paging arguments, typically holding about `expected` items. */
export const listCost =
  (expected: number) =>
  ({ childComplexity }: ComplexityEstimatorArgs): number =>
    1 + childComplexity * expected;

/** A connection: its children cost `first` times (default 20; out-of-range values are rejected later). */
export const connectionCost = ({ args, childComplexity }: ComplexityEstimatorArgs): number => {
  const first =
    typeof args.first === 'number' && args.first >= 0 ? Math.min(args.first, MAX_FIRST) : DEFAULT_FIRST;
  return 2 + childComplexity * Math.max(first, 1);
};

/** A graph (nodes and edges) of at most `limit` nodes. */
export const graphCost =
  (defaultLimit: number) =>
  ({ args, childComplexity }: ComplexityEstimatorArgs): number => {
    const limit = typeof args.limit === 'number' && args.limit > 0 ? args.limit : defaultLimit;
    return 10 + childComplexity * Math.ceil(limit / 10);
  };

/** A list of at most `top` items (default `defaultTop`, capped at `max`): its children cost once per item. */
export const topCost =
  (defaultTop: number, max: number) =>
  ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
    2 +
    childComplexity * (typeof args.top === 'number' && args.top > 0 ? Math.min(args.top, max) : defaultTop);

/** A set of at most `top` series: its children cost once per series. */
export const seriesCost = topCost(DEFAULT_SERIES, MAX_SERIES);
