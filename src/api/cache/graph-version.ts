import type { QueryOptions, QueryRunner, WriteUnit } from '../../neo4j/neo4j-client';

const Q = { read: 'queries/graph-version', advance: 'admin/advance-graph-version' } as const;

/**
 * The graph version that response-cache keys carry: a counter in Neo4j that every write transaction of a Parley loader
 * advances before it commits (see `withVersionedWrites`). A write in this process is seen at once; one by another
 * process (a `parley load` beside `parley serve`) when the counter is next read: every `pollMs`, or before every
 * cached answer when `pollMs` is 0.
 */
export class GraphVersion {
  private known = 0;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<number> | undefined;

  constructor(
    private readonly runner: QueryRunner,
    private readonly pollMs: number,
  ) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  /** The version to key an answer with now. */
  async current(): Promise<number> {
    if (this.pollMs === 0 || this.timer === undefined) return this.refresh();
    return this.known;
  }

  /** Reads the counter (one read shared by concurrent callers); never goes backwards. */
  refresh(): Promise<number> {
    this.inFlight ??= this.runner
      .read<{ version: number }>(Q.read)
      .then(([row]) => this.advanceTo(row?.version ?? 0))
      .finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  /** Starts polling (a server does; one-shot commands need not). */
  async start(): Promise<void> {
    await this.refresh();
    if (this.pollMs > 0 && this.timer === undefined) {
      this.timer = setInterval(() => void this.refresh().catch(() => undefined), this.pollMs);
      this.timer.unref();
    }
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private advanceTo(version: number): number {
    this.known = Math.max(this.known, version);
    return this.known;
  }

  /**
   * The runner a loader writes through: each write transaction advances the counter as its last statement (so the
   * new version commits with the data, and a retried transaction advances it once), and this process learns the new
   * version as soon as the transaction commits.
   */
  withVersionedWrites(runner: QueryRunner): QueryRunner {
    const advance = async (tx: WriteUnit) => {
      const [row] = await tx.run<{ version: number }>(Q.advance);
      return row?.version ?? 0;
    };
    const transaction = async <R>(work: (tx: WriteUnit) => Promise<R>, options?: QueryOptions) => {
      const { result, version } = await runner.writeTransaction(async (tx) => {
        const out = await work(tx);
        return { result: out, version: await advance(tx) };
      }, options);
      this.advanceTo(version);
      return result;
    };
    return {
      read: (name, params, options) => runner.read(name, params, options),
      statement: (name) => runner.statement(name),
      writeTransaction: transaction,
      write: (name, params, options) => transaction((tx) => tx.run(name, params), options),
    };
  }
}
