import neo4j, {
  isRetryableError,
  type Driver,
  type ManagedTransaction,
  type Record as NeoRecord,
} from 'neo4j-driver';
import type { Neo4jConnectionConfig } from '../config';
import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley.error';
import type { Logger } from '../logging/logger';
import type { CypherRegistry } from './cypher-registry';
import { DatabaseAvailability, type Probe, type Recovery } from './database-availability';
import { mapNeo4jError } from './neo4j-errors';
import { toPlain } from './plain-values';
import { RetriesExhausted, retryWithBackoff } from './retry';
import { installSingleBufferMessages } from './single-buffer-messages';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Told of every statement run, for per-request statement counts and tracing. */
export type StatementListener = (name: string) => void;

/**
 * Told when a unit of work takes a pooled connection (a statement outside a transaction, or a write transaction), and
 * when each statement starts; each returns the function to call when it ends. For metrics.
 */
export interface Neo4jObserver {
  connection(): () => void;
  statement(name: string): (ok: boolean) => void;
}

export interface QueryOptions {
  /** per-query transaction timeout; defaults to the configured one */
  timeoutMs?: number;
}

/** A write transaction that runs named statements; the driver retries the whole unit on transient errors. */
export interface WriteUnit {
  run<T extends Row = Row>(name: string, params?: Params): Promise<T[]>;
}

/** What repositories depend on: named statements in, plain rows out. */
export interface QueryRunner {
  read<T extends Row = Row>(name: string, params?: Params, options?: QueryOptions): Promise<T[]>;
  write<T extends Row = Row>(name: string, params?: Params, options?: QueryOptions): Promise<T[]>;
  writeTransaction<R>(work: (tx: WriteUnit) => Promise<R>, options?: QueryOptions): Promise<R>;
  statement(name: string): string;
}

/** Connections the driver pools per server (its default, stated so that metrics can report usage against it). */
export const MAX_POOL_SIZE = 100;

/** How long a unit of work retries transient and connection errors: managed transactions (driver) and reads (ours). */
const RETRY_MS = 15_000;

type ClientConfig = Neo4jConnectionConfig & { uri: string };

/** What a warm-up did: its time, the statements it warmed, and those that failed with Neo4j's reason. */
export interface WarmUp {
  ms: number;
  warmed: string[];
  failed: { statement: string; message: string }[];
}

/** What a client and the per-request runners made from it share. */
interface Shared {
  availability: DatabaseAvailability;
  /** each read statement's latest parameters: Neo4j keys cached plans on parameter types, so warming replays them */
  recentParams: Map<string, Params>;
}

/** The one place that talks to Neo4j: names the database, picks read or write, maps errors, fails fast while it is away. */
export class Neo4jClient implements QueryRunner {
  private constructor(
    private readonly driver: Driver,
    private readonly registry: CypherRegistry,
    private readonly config: ClientConfig,
    private readonly listener: StatementListener | undefined,
    private readonly shared: Shared,
    private readonly observer: Neo4jObserver | undefined = undefined,
  ) {}

  private get availability(): DatabaseAvailability {
    return this.shared.availability;
  }

  static create(config: ClientConfig, registry: CypherRegistry, logger?: Logger): Neo4jClient {
    if (!installSingleBufferMessages())
      logger?.warn(
        'neo4j-driver is not the version Parley was built on: large answers decode at its own pace',
      );
    const driver = neo4j.driver(config.uri, authOf(config), {
      disableLosslessIntegers: false,
      maxTransactionRetryTime: RETRY_MS,
      connectionAcquisitionTimeout: 30_000,
      maxConnectionPoolSize: MAX_POOL_SIZE,
      userAgent: 'parley/0.1',
    });
    const availability = new DatabaseAvailability(probeOf(config), {
      uri: config.uri,
      checkAfterMs: config.outageCheckMs,
      logger,
    });
    return new Neo4jClient(driver, registry, config, undefined, { availability, recentParams: new Map() });
  }

  /** A runner sharing this driver that reports each statement to `listener`. */
  withListener(listener: StatementListener): QueryRunner {
    return new Neo4jClient(this.driver, this.registry, this.config, listener, this.shared, this.observer);
  }

  /** A client sharing this driver that reports connections and statement times to `observer`. */
  withObserver(observer: Neo4jObserver): Neo4jClient {
    return new Neo4jClient(this.driver, this.registry, this.config, this.listener, this.shared, observer);
  }

  /** False while Neo4j is unreachable, or back but still recovering. */
  get available(): boolean {
    return this.availability.available;
  }

  /** Work to finish each time Neo4j comes back before requests are served again (re-planning statements). */
  onRecovery(work: Recovery): void {
    this.availability.onRecovery(work);
  }

  get uri(): string {
    return this.config.uri;
  }

  statement(name: string): string {
    return this.registry.get(name);
  }

  async read<T extends Row = Row>(
    name: string,
    params: Params = {},
    options: QueryOptions = {},
  ): Promise<T[]> {
    return this.execute<T>(name, params, 'READ', options);
  }

  async write<T extends Row = Row>(
    name: string,
    params: Params = {},
    options: QueryOptions = {},
  ): Promise<T[]> {
    return this.execute<T>(name, params, 'WRITE', options);
  }

  async writeTransaction<R>(work: (tx: WriteUnit) => Promise<R>, options: QueryOptions = {}): Promise<R> {
    this.availability.assertAvailable();
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    let current: string | undefined;
    // Statements may be pipelined (run before the previous one answered): errors name the first that failed.
    let failed: string | undefined;
    const release = this.observer?.connection();
    try {
      return await session.executeWrite(
        (tx: ManagedTransaction) => {
          failed = undefined; // a retried attempt starts clean
          return work({
            run: async <T extends Row>(name: string, params: Params = {}) => {
              current = name;
              const text = this.registry.get(name);
              this.listener?.(name);
              const done = this.observer?.statement(name);
              try {
                const result = await tx.run(text, params);
                done?.(true);
                return result.records.map((r) => toPlain(r.toObject()) as T);
              } catch (error) {
                done?.(false);
                failed ??= name;
                throw error;
              }
            },
          });
        },
        { timeout: options.timeoutMs ?? this.config.queryTimeoutMs * 6 },
      );
    } catch (error) {
      const mapped = mapNeo4jError(error, { statement: failed ?? current, uri: this.config.uri });
      this.availability.observe(mapped);
      throw mapped;
    } finally {
      await session.close();
      release?.();
    }
  }

  /**
   * Streams a read statement's rows as plain values: the driver fetches them in batches of `fetchSize` as the caller
   * consumes them, so memory stays bounded whatever the result's size (exports). No transaction timeout.
   */
  async *stream<T extends Row = Row>(name: string, params: Params = {}, fetchSize = 1000): AsyncGenerator<T> {
    const text = this.registry.get(name);
    this.listener?.(name);
    const release = this.observer?.connection();
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: neo4j.session.READ,
      fetchSize,
    });
    try {
      for await (const record of session.run(text, params)) yield toPlain(record.toObject()) as T;
    } catch (error) {
      throw mapNeo4jError(error, { statement: name, uri: this.config.uri });
    } finally {
      await session.close();
      release?.();
    }
  }

  /** Runs a statement that is not in the registry: schema checks (`EXPLAIN`) and tests only. */
  async runRaw<T extends Row = Row>(
    text: string,
    params: Params = {},
    mode: 'READ' | 'WRITE' = 'WRITE',
  ): Promise<T[]> {
    try {
      const result = await this.driver.executeQuery(text, params, {
        database: this.config.database,
        routing: mode,
      });
      return result.records.map((r) => toPlain(r.toObject()) as T);
    } catch (error) {
      throw mapNeo4jError(error, { uri: this.config.uri });
    }
  }

  /**
   * Plans the named statements (`EXPLAIN`) so that the first real request finds them in Neo4j's query cache: the ones
   * this process has read, first and with their latest parameters (plans are cached per parameter types); then the
   * others.
   */
  async warmPlans(names: string[]): Promise<WarmUp> {
    const recent = this.shared.recentParams;
    const ordered = [...names.filter((n) => recent.has(n)), ...names.filter((n) => !recent.has(n))];
    return this.warmEach(ordered, (name) =>
      this.driver.executeQuery(`EXPLAIN ${this.registry.get(name)}`, recent.get(name) ?? {}, {
        database: this.config.database,
      }),
    );
  }

  /**
   * Runs again, read-only, every statement this process has read, with the parameters it used last: after an outage
   * Neo4j's plan cache is gone and its JVM is cold, and an EXPLAIN plans without warming the execution.
   */
  async warmRecentReads(): Promise<WarmUp> {
    const recent = this.shared.recentParams;
    return this.warmEach([...recent.keys()], (name) =>
      this.driver.executeQuery(this.registry.get(name), recent.get(name), {
        database: this.config.database,
        routing: 'READ',
        transactionConfig: { timeout: this.config.queryTimeoutMs * 6 },
      }),
    );
  }

  /**
   * Warms statement after statement: one that fails (a parameter its last request got wrong, a timeout) is named and
   * the others still warm; only Neo4j going away again stops the rest, which would each fail the same way.
   */
  private async warmEach(names: string[], warm: (name: string) => Promise<unknown>): Promise<WarmUp> {
    const started = Date.now();
    const result: WarmUp = { ms: 0, warmed: [], failed: [] };
    for (const name of names) {
      try {
        await warm(name);
        result.warmed.push(name);
      } catch (error) {
        const mapped = mapNeo4jError(error, { statement: name, uri: this.config.uri });
        if (mapped.code === ErrorCode.DatabaseUnavailable) throw mapped;
        result.failed.push({ statement: name, message: mapped.message });
      }
    }
    result.ms = Date.now() - started;
    return result;
  }

  /** Waits until the server answers, retrying with backoff for the configured time. */
  async waitUntilReachable(logger?: Logger): Promise<void> {
    const unavailable = (error: unknown) =>
      mapNeo4jError(error, { uri: this.config.uri }).code === ErrorCode.DatabaseUnavailable;
    try {
      await retryWithBackoff(() => this.driver.verifyConnectivity({ database: this.config.database }), {
        withinMs: this.config.connectTimeoutMs,
        retryable: unavailable,
        onRetry: ({ attempt, retryInMs }) =>
          logger?.warn({ uri: this.config.uri, attempt, retryInMs }, 'Neo4j not reachable yet; retrying'),
      });
    } catch (error) {
      const last = error instanceof RetriesExhausted ? error.lastError : error;
      const mapped = mapNeo4jError(last, { uri: this.config.uri });
      const attempts = error instanceof RetriesExhausted ? error.attempts : 1;
      throw new ParleyError(
        mapped.code,
        `cannot reach Neo4j at ${this.config.uri} after ${attempts} attempt(s): ${mapped.message}`,
        {},
        { cause: last },
      );
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.availability.close(), this.driver.close()]);
  }

  private async execute<T extends Row>(
    name: string,
    params: Params,
    routing: 'READ' | 'WRITE',
    options: QueryOptions,
  ): Promise<T[]> {
    const text = this.registry.get(name);
    this.listener?.(name);
    if (routing === 'READ') this.shared.recentParams.set(name, params);
    const run = async (signal?: AbortSignal) => {
      const release = this.observer?.connection();
      const done = this.observer?.statement(name);
      const timeout = options.timeoutMs ?? this.config.queryTimeoutMs;
      try {
        const records =
          routing === 'READ'
            ? await this.autoCommitRead(text, params, timeout, signal)
            : (
                await this.driver.executeQuery(text, params, {
                  database: this.config.database,
                  routing,
                  transactionConfig: { timeout },
                  signal,
                })
              ).records;
        done?.(true);
        return records.map((r) => toPlain(r.toObject()) as T);
      } catch (error) {
        done?.(false);
        throw mapNeo4jError(error, { statement: name, uri: this.config.uri });
      } finally {
        release?.();
      }
    };
    // Reads answer a waiting client: cut short when Neo4j is found away. Writes keep the driver's retries.
    if (routing === 'READ') return this.availability.guard(run);
    this.availability.assertAvailable();
    return run().catch((error: unknown) => {
      this.availability.observe(error);
      throw error;
    });
  }

  /**
   * A read as one auto-commit statement (RUN and PULL in one round trip; a managed transaction adds BEGIN and COMMIT and
   * about doubles the driver's CPU per read), retried as the driver retries a managed one: on a transient or
   * connection error, for the same time, until the guard gives up on it.
   */
  private autoCommitRead(
    text: string,
    params: Params,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<NeoRecord[]> {
    return retryWithBackoff(
      async () => {
        const session = this.driver.session({
          database: this.config.database,
          defaultAccessMode: neo4j.session.READ,
        });
        try {
          return (await runUntraced(() => session.run(text, params, { timeout: timeoutMs }))).records;
        } finally {
          await session.close();
        }
      },
      {
        withinMs: RETRY_MS,
        retryable: (error) => !signal?.aborted && isRetryableError(error),
      },
    ).catch((error: unknown) => {
      throw error instanceof RetriesExhausted ? error.lastError : error;
    });
  }
}

/**
 * Starts a statement without the driver's call-site stack: it captures and formats one per statement (about a third of
 * its CPU for a small read), and our errors name the statement instead (mapNeo4jError).
 */
function runUntraced<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function authOf(config: ClientConfig) {
  return config.username !== undefined ? neo4j.auth.basic(config.username, config.password ?? '') : undefined;
}

/**
 * `RETURN 1` over a driver of its own (one connection, no retries): a pool busy with slow reads cannot make Neo4j look
 * away, and a hung server cannot make it look present.
 */
function probeOf(config: ClientConfig): Probe {
  let driver: Driver | undefined;
  const run = async (timeoutMs: number) => {
    driver ??= neo4j.driver(config.uri, authOf(config), {
      maxConnectionPoolSize: 1,
      connectionTimeout: timeoutMs,
      connectionAcquisitionTimeout: timeoutMs,
      userAgent: 'parley/0.1 probe',
    });
    const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        session.run('RETURN 1').summary(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  };
  return { run, close: async () => driver?.close() };
}
