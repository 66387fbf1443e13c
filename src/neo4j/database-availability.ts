// Fail fast while Neo4j is away: one shared verdict instead of every request sitting out the driver's retries.
import { ErrorCode } from '../errors/error-codes';
import { isParleyError, ParleyError } from '../errors/parley.error';
import type { Logger } from '../logging/logger';

/** Runs one cheap statement on Neo4j; `run` rejects if it fails or takes longer than `timeoutMs`. */
export interface Probe {
  run(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Work to finish before requests are let through again (re-planning the API's statements). */
export type Recovery = () => Promise<unknown>;

export interface AvailabilityOptions {
  /** named in messages (operators and the CLI see them; API clients get a generic one) */
  uri: string;
  /** a read slower than this asks Neo4j whether it is still there, waiting at most as long again for the answer */
  checkAfterMs: number;
  /** how often to probe while Neo4j is away */
  probeEveryMs?: number;
  /** recovery work longer than this is left to finish in the background */
  recoveryLimitMs?: number;
  logger?: Logger;
}

type State = { kind: 'up' } | { kind: 'down'; since: number } | { kind: 'recovering'; since: number };

export function isUnavailable(error: unknown): error is ParleyError {
  return isParleyError(error) && error.code === ErrorCode.DatabaseUnavailable;
}

/**
 * Whether Neo4j answers, as one verdict for the whole process. A read that fails to connect, or that is slow while a
 * probe also fails, marks Neo4j down: every read in flight fails at once and new ones fail without trying, until a
 * probe succeeds and the recovery work (re-warming plans) is done.
 */
export class DatabaseAvailability {
  private state: State = { kind: 'up' };
  private checking: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  // once closed, no probe runs: a probe's first run opens a connection that nothing would close
  private closed = false;
  private readonly inFlight = new Set<(error: ParleyError) => void>();
  private readonly recoveries: Recovery[] = [];
  private readonly probeEveryMs: number;
  private readonly recoveryLimitMs: number;

  constructor(
    private readonly probe: Probe,
    private readonly options: AvailabilityOptions,
  ) {
    this.probeEveryMs = options.probeEveryMs ?? 500;
    this.recoveryLimitMs = options.recoveryLimitMs ?? 60_000;
  }

  get available(): boolean {
    return this.state.kind === 'up';
  }

  /** Work to run each time Neo4j comes back, before requests are let through. */
  onRecovery(work: Recovery): void {
    this.recoveries.push(work);
  }

  /** Throws DATABASE_UNAVAILABLE while Neo4j is down or recovering. */
  assertAvailable(): void {
    if (this.state.kind === 'up') return;
    const seconds = Math.round((Date.now() - this.state.since) / 1000);
    throw new ParleyError(
      ErrorCode.DatabaseUnavailable,
      this.state.kind === 'down'
        ? `Neo4j is unreachable at ${this.options.uri} (for ${seconds} s); try again shortly`
        : `Neo4j at ${this.options.uri} is back and query plans are being prepared; try again shortly`,
      { state: this.state.kind },
    );
  }

  /**
   * Runs a read under the verdict: refused at once while Neo4j is down; failed as soon as Neo4j is found down while it
   * runs (the driver's own retries are cut short through `signal`); a slow read triggers that check.
   */
  async guard<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.assertAvailable();
    const controller = new AbortController();
    let fail!: (error: ParleyError) => void;
    const failed = new Promise<never>((_, reject) => {
      fail = (error) => {
        controller.abort();
        reject(error);
      };
    });
    this.inFlight.add(fail);
    const watchdog = setTimeout(() => void this.check(), this.options.checkAfterMs);
    try {
      return await Promise.race([run(controller.signal), failed]);
    } catch (error) {
      if (isUnavailable(error)) this.markDown(error);
      throw error;
    } finally {
      clearTimeout(watchdog);
      this.inFlight.delete(fail);
    }
  }

  /** Records a statement's failure (writes are not cut short, but they tell us too). */
  observe(error: unknown): void {
    if (isUnavailable(error)) this.markDown(error);
  }

  /** Probes now (one probe at a time); a failed probe marks Neo4j down. */
  check(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.checking ??= this.probe
      .run(this.options.checkAfterMs)
      .catch((error: unknown) => this.markDown(error))
      .finally(() => (this.checking = undefined));
    return this.checking;
  }

  /** Stops probing and closes the probe's connection. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.probe.close();
  }

  private markDown(error: unknown): void {
    if (this.state.kind === 'down') return;
    const wasUp = this.state.kind === 'up';
    this.state = { kind: 'down', since: Date.now() };
    if (wasUp)
      this.options.logger?.warn(
        { uri: this.options.uri, reason: (error as Error)?.message ?? String(error) },
        'Neo4j unreachable: failing requests fast until it answers again',
      );
    const refusal = new ParleyError(
      ErrorCode.DatabaseUnavailable,
      `Neo4j became unreachable at ${this.options.uri} while the request ran; try again shortly`,
      {},
      { cause: error },
    );
    for (const fail of this.inFlight) fail(refusal);
    this.inFlight.clear();
    this.scheduleProbe();
  }

  private scheduleProbe(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.probe.run(this.options.checkAfterMs).then(
        () => this.recover(),
        () => this.scheduleProbe(),
      );
    }, this.probeEveryMs);
    this.timer.unref();
  }

  private async recover(): Promise<void> {
    if (this.state.kind !== 'down') return;
    const since = this.state.since;
    this.state = { kind: 'recovering', since };
    const started = Date.now();
    let limit: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(this.recoveries.map((work) => work())),
      new Promise((resolve) => (limit = setTimeout(resolve, this.recoveryLimitMs))),
    ]);
    clearTimeout(limit);
    // Gone again while recovering: markDown already set the state and scheduled the next probe.
    if (this.state.kind !== 'recovering') return;
    this.state = { kind: 'up' };
    this.options.logger?.info(
      { downMs: Date.now() - since, recoveryMs: Date.now() - started },
      'Neo4j reachable again',
    );
  }
}
