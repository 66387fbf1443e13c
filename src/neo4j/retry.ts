// Retry with exponential backoff, written once: reaching Neo4j at start-up and writing a batch while it is away.

export interface RetryOptions {
  /** give up once the next attempt would start after this long (ms from the first attempt) */
  withinMs: number;
  /** whether an error is worth another attempt (others are thrown at once) */
  retryable: (error: unknown) => boolean;
  /** told before each wait */
  onRetry?: (info: { attempt: number; retryInMs: number; error: unknown }) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/** The last error once the time is up, with how many attempts were made. */
export class RetriesExhausted extends Error {
  constructor(
    readonly lastError: unknown,
    readonly attempts: number,
  ) {
    super(`gave up after ${attempts} attempt(s): ${(lastError as Error)?.message ?? String(lastError)}`);
    this.name = 'RetriesExhausted';
  }
}

export const DEFAULT_FIRST_DELAY_MS = 250;
export const DEFAULT_MAX_DELAY_MS = 4000;

/** Runs `attempt` until it succeeds, fails with an error not `retryable`, or `withinMs` would pass (RetriesExhausted). */
export async function retryWithBackoff<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const deadline = Date.now() + options.withinMs;
  let delay = options.firstDelayMs ?? DEFAULT_FIRST_DELAY_MS;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!options.retryable(error)) throw error;
      if (Date.now() + delay > deadline) throw new RetriesExhausted(error, n);
      options.onRetry?.({ attempt: n, retryInMs: delay, error });
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
    }
  }
}
