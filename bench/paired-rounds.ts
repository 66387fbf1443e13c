// Two variants of one request timed in paired rounds, and the spread of their p50 ratio: an overhead of a few per cent
// is only a figure when two runs agree on it, so every ratio comes with its bootstrap interval and its odd/even halves.
import { percentile } from './http-timing';

export interface PairedSamples {
  /** per round, the wall-clock ms of variant a and of variant b */
  wall: [number[], number[]];
  /** per round, this process's CPU ms (user + system) while a's and b's request ran: client and in-process servers */
  cpu: [number[], number[]];
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One request asked of two servers: variant a and variant b. */
export type Pair = [a: () => Promise<void>, b: () => Promise<void>];

/**
 * Runs every pair once per round: all the a's, then all the b's, or the b's first in every other round, so that a
 * change in machine load hits both alike and every request follows another operation's (asking a and b of one
 * operation back to back made the second of the two faster, Neo4j and the CPU caches being warm for it: a two-humped
 * distribution whose p50 falls between the humps). All pairs in each round, not one after the other, so that every
 * pair is measured across the whole run and a burst of load lands on all of them. The pairs come in a new (seeded)
 * order each round, the same for a and b, and each side starts with an untimed `leadIn` request: the first request
 * after a switch of side paid for the switch (the first operation of the b-then-a rounds ran 5-8 % slower than in the
 * a-then-b rounds), and a fixed order put that on one operation.
 */
export async function samplePairedRounds(
  pairs: Pair[],
  warmup: number,
  rounds: number,
  leadIn?: Pair,
): Promise<PairedSamples[]> {
  for (let i = 0; i < warmup; i++) {
    for (const [a, b] of pairs) {
      await a();
      await b();
    }
  }
  const out: PairedSamples[] = pairs.map(() => ({ wall: [[], []], cpu: [[], []] }));
  const random = seededRandom(7);
  const order = [...pairs.keys()];
  for (let round = 0; round < rounds; round++) {
    shuffle(order, random);
    for (const k of round % 2 ? [1, 0] : [0, 1]) {
      await leadIn?.[k]!();
      for (const p of order) {
        const c = cpuMs();
        const t = performance.now();
        await pairs[p]![k]!();
        out[p]!.wall[k]!.push(performance.now() - t);
        out[p]!.cpu[k]!.push(cpuMs() - c);
      }
    }
  }
  return out;
}

/** Fisher-Yates, in place. */
function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

export function p50(values: number[]): number {
  return percentile(
    [...values].sort((x, y) => x - y),
    50,
  );
}

/** A seeded generator (mulberry32), so that a bench's intervals do not move between two printings of the same data. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RatioSpread {
  /** p50(a) / p50(b) over all rounds */
  ratio: number;
  /** 2.5th and 97.5th percentiles of the ratio over rounds resampled with replacement (in pairs) */
  low: number;
  high: number;
  /** the ratio over the odd and over the even rounds: two half-runs that should agree */
  odd: number;
  even: number;
  /** every resampled ratio, in resampling order (for intervals of figures built from several ratios) */
  resampled: number[];
}

export function ratioSpread(
  a: number[],
  b: number[],
  resamples = 1000,
  random: () => number = seededRandom(1),
): RatioSpread {
  if (a.length !== b.length || a.length < 2)
    throw new Error('ratioSpread needs two paired series of 2+ rounds');
  const n = a.length;
  const half = (parity: number) => {
    const rounds = [...a.keys()].filter((i) => i % 2 === parity);
    return p50(rounds.map((i) => a[i]!)) / p50(rounds.map((i) => b[i]!));
  };
  const resampled: number[] = [];
  const ra = new Array<number>(n);
  const rb = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(random() * n);
      ra[i] = a[k]!;
      rb[i] = b[k]!;
    }
    resampled.push(p50(ra) / p50(rb));
  }
  const sorted = [...resampled].sort((x, y) => x - y);
  return {
    ratio: p50(a) / p50(b),
    low: percentile(sorted, 2.5),
    high: percentile(sorted, 97.5),
    odd: half(1),
    even: half(0),
    resampled,
  };
}

export function geometricMean(values: number[]): number {
  return Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);
}

/** The geometric mean of several ratios with its interval, from the ratios' resamples taken index by index. */
export function geometricMeanSpread(spreads: RatioSpread[]): { value: number; low: number; high: number } {
  const resamples = Math.min(...spreads.map((s) => s.resampled.length));
  const means = Array.from({ length: resamples }, (_, r) =>
    geometricMean(spreads.map((s) => s.resampled[r]!)),
  );
  means.sort((x, y) => x - y);
  return {
    value: geometricMean(spreads.map((s) => s.ratio)),
    low: percentile(means, 2.5),
    high: percentile(means, 97.5),
  };
}
