import {
  geometricMeanSpread,
  p50,
  ratioSpread,
  samplePairedRounds,
  seededRandom,
} from '../../../bench/paired-rounds';

// Noisy timings around a centre: uniform jitter plus a rare slow outlier, as a loaded machine gives them.
function timings(centre: number, rounds: number, random: () => number): number[] {
  return Array.from({ length: rounds }, () => centre * (0.8 + 0.4 * random()) * (random() < 0.05 ? 3 : 1));
}

describe('ratioSpread', () => {
  it('gives the ratio of the p50s, inside its interval and near both halves', () => {
    const random = seededRandom(7);
    const a = timings(11, 400, random);
    const b = timings(10, 400, random);
    const s = ratioSpread(a, b);
    expect(s.ratio).toBeCloseTo(p50(a) / p50(b), 12);
    expect(s.low).toBeLessThanOrEqual(s.ratio);
    expect(s.high).toBeGreaterThanOrEqual(s.ratio);
    expect(Math.abs(s.odd - s.ratio)).toBeLessThan(0.05);
    expect(Math.abs(s.even - s.ratio)).toBeLessThan(0.05);
  });

  it('tells a 10 % overhead from none, and narrows as rounds are added', () => {
    const random = seededRandom(11);
    const slower = ratioSpread(timings(11, 1000, random), timings(10, 1000, random));
    expect(slower.low).toBeGreaterThan(1.05);
    expect(slower.high).toBeLessThan(1.15);
    const same = ratioSpread(timings(10, 1000, random), timings(10, 1000, random));
    expect(same.low).toBeLessThan(1);
    expect(same.high).toBeGreaterThan(1);
    const few = ratioSpread(timings(10, 50, random), timings(10, 50, random));
    expect(few.high - few.low).toBeGreaterThan(2 * (same.high - same.low));
  });

  it('refuses series that are not paired', () => {
    expect(() => ratioSpread([1, 2, 3], [1, 2])).toThrow(/paired/);
  });
});

describe('geometricMeanSpread', () => {
  it('is the geometric mean of the ratios, with an interval between the extreme cases', () => {
    const random = seededRandom(3);
    const spreads = [0.9, 1.0, 1.2].map((k) =>
      ratioSpread(timings(10 * k, 300, random), timings(10, 300, random)),
    );
    const mean = geometricMeanSpread(spreads);
    expect(mean.value).toBeCloseTo(Math.cbrt(spreads.reduce((p, s) => p * s.ratio, 1)), 12);
    expect(mean.low).toBeLessThan(mean.value);
    expect(mean.high).toBeGreaterThan(mean.value);
    expect(mean.low).toBeGreaterThan(Math.min(...spreads.map((s) => s.low)));
    expect(mean.high).toBeLessThan(Math.max(...spreads.map((s) => s.high)));
  });
});

describe('samplePairedRounds', () => {
  it('asks every pair once per side and round, each side first in half the rounds, after its lead-in, in an order that changes', async () => {
    const calls: string[] = [];
    const side = (name: string) => async () => {
      calls.push(name);
    };
    const names = ['X', 'Y', 'Z', 'W'];
    const rounds = 8;
    const samples = await samplePairedRounds(
      names.map((n) => [side(`${n}a`), side(`${n}b`)]),
      1,
      rounds,
      [side('lead-a'), side('lead-b')],
    );
    // warm-up: each pair once, a first
    expect(calls.slice(0, 8)).toEqual(['Xa', 'Xb', 'Ya', 'Yb', 'Za', 'Zb', 'Wa', 'Wb']);
    const orders = new Set<string>();
    for (let round = 0; round < rounds; round++) {
      const at = 8 + round * 10;
      const [first, second] = round % 2 ? ['b', 'a'] : ['a', 'b'];
      const block = (offset: number, s: string) => {
        expect(calls[at + offset]).toBe(`lead-${s}`);
        const asked = calls.slice(at + offset + 1, at + offset + 5);
        expect(asked.every((c) => c.endsWith(s))).toBe(true);
        return asked.map((c) => c[0]).join('');
      };
      const order = block(0, first);
      // the same order on both sides, every pair once
      expect(block(5, second)).toBe(order);
      expect([...order].sort().join('')).toBe('WXYZ');
      orders.add(order);
    }
    expect(calls).toHaveLength(8 + rounds * 10);
    expect(orders.size).toBeGreaterThan(1);
    for (const s of samples) {
      for (const series of [...s.wall, ...s.cpu]) expect(series).toHaveLength(rounds);
    }
  });
});
