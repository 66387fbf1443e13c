/** A caller's count in the current window, and when that window ends (epoch ms). */
export interface WindowCount {
  count: number;
  resetAt: number;
}

/**
 * Requests counted per key in fixed windows, in memory. Windows that have ended are dropped once per window length,
 * so the map holds at most the keys seen in the last two windows.
 */
export class FixedWindowCounter {
  private readonly windows = new Map<string, WindowCount>();
  private nextSweep: number;

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.nextSweep = now() + windowMs;
  }

  get size(): number {
    return this.windows.size;
  }

  /** Counts one request of `key` and returns its window. */
  hit(key: string): WindowCount {
    const t = this.now();
    if (t >= this.nextSweep) {
      for (const [k, w] of this.windows) if (w.resetAt <= t) this.windows.delete(k);
      this.nextSweep = t + this.windowMs;
    }
    let w = this.windows.get(key);
    if (!w || w.resetAt <= t) {
      w = { count: 0, resetAt: t + this.windowMs };
      this.windows.set(key, w);
    }
    w.count++;
    return w;
  }
}
