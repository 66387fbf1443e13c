import { topSeries } from '../../../src/api/topic/trend-series';

// Series as a chart draws them: grouped, summed per month, the largest kept and the rest summed into "other".

const rows = [
  { month: '2024-02', topic: 'b', count: 2 },
  { month: '2024-01', topic: 'a', count: 1 },
  { month: '2024-01', topic: 'c', count: 4 },
  { month: '2024-02', topic: 'a', count: 2 },
  { month: '2024-02', topic: 'd', count: 1 },
  { month: '2024-02', topic: 'a', count: 1 },
];
const byTopic = (r: (typeof rows)[number]) => ({ id: r.topic, name: r.topic.toUpperCase(), key: r.topic });

test('keeps the largest series with their points summed by month, ascending', () => {
  const set = topSeries(rows, byTopic, 2);
  expect(set.series).toEqual([
    {
      key: 'a',
      total: 4,
      points: [
        { month: '2024-01', count: 1 },
        { month: '2024-02', count: 3 },
      ],
    },
    { key: 'c', total: 4, points: [{ month: '2024-01', count: 4 }] },
  ]);
  expect(set.others).toBe(2);
  expect(set.other).toEqual([{ month: '2024-02', count: 3 }]);
});

test('equal totals are ordered by name, then by id', () => {
  const named = topSeries(rows, (r) => ({ id: r.topic, name: r.topic === 'a' ? 'Z' : 'A', key: r.topic }), 4);
  expect(named.series.map((s) => s.key)).toEqual(['c', 'a', 'b', 'd']);
  const ac = rows.filter((r) => r.topic === 'a' || r.topic === 'c');
  const sameName = topSeries(ac, (r) => ({ id: r.topic === 'a' ? 'q' : 'p', name: 'N', key: r.topic }), 2);
  expect(sameName.series.map((s) => s.key)).toEqual(['c', 'a']);
});

test('no "other" when every series is kept, and nothing from no rows', () => {
  const all = topSeries(rows, byTopic, 10);
  expect(all.series).toHaveLength(4);
  expect(all.others).toBe(0);
  expect(all.other).toEqual([]);
  expect(topSeries([], byTopic, 3)).toEqual({ series: [], others: 0, other: [] });
});
