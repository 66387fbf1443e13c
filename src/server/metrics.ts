import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { LoadProgress } from '../load/load.types';
import { currentRequestScope } from '../logging/request-scope';
import { MAX_POOL_SIZE, type Neo4jObserver } from '../neo4j/neo4j-client';

// Request latencies from a 2 ms cache hit to a 10 s query timeout.
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STATEMENT_BUCKETS = [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32];
// Operation names are client-chosen: past this many distinct ones, new names count as "other" (bounded memory).
const MAX_OPERATION_NAMES = 64;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const CODE = /^[A-Z][A-Z_]{0,39}$/;

/** Parley's Prometheus metrics, on a registry of their own (a test or a second server never shares counters). */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly requests = new Counter({
    name: 'parley_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, or the first error code)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly requestSeconds = new Histogram({
    name: 'parley_graphql_request_duration_seconds',
    help: 'GraphQL request latency, from parsed request to response, by operation and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly requestStatements = new Histogram({
    name: 'parley_graphql_request_cypher_statements',
    help: 'Cypher statements one GraphQL request ran, by operation',
    labelNames: ['operation'] as const,
    buckets: STATEMENT_BUCKETS,
    registers: [this.registry],
  });
  readonly requestCypherSeconds = new Histogram({
    name: 'parley_graphql_request_cypher_seconds',
    help: 'time one GraphQL request spent waiting for Cypher statements (summed; parallel statements overlap)',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly statementSeconds = new Histogram({
    name: 'parley_cypher_statement_duration_seconds',
    help: 'time of each named Cypher statement (cypher/<name>.cypher), by outcome',
    labelNames: ['statement', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly connectionsInUse = new Gauge({
    name: 'parley_neo4j_pool_connections_in_use',
    help: 'pooled Neo4j connections Parley holds now (one per running statement or write transaction)',
    registers: [this.registry],
  });
  readonly connectionsMax = new Gauge({
    name: 'parley_neo4j_pool_connections_max',
    help: 'the size of the Neo4j connection pool',
    registers: [this.registry],
  });
  readonly loadArticles = new Counter({
    name: 'parley_load_articles_total',
    help: 'articles the loader finished in this process, by outcome (loaded, unchanged, failed)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly loadPending = new Gauge({
    name: 'parley_load_articles_pending',
    help: 'articles of the running load not processed yet (0 when no load runs)',
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    this.connectionsMax.set(MAX_POOL_SIZE);
    // Process CPU, memory, event-loop lag and GC, under the usual names (process_*, nodejs_*).
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** A bounded label for a client-chosen operation name. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return 'other';
    this.operations.add(name);
    return name;
  }

  /** One GraphQL request done: its count and time by operation and outcome, its statements and their time. */
  countRequest(
    operationName: string | null | undefined,
    errorCode: unknown,
    r: { seconds: number; statements: number; cypherSeconds: number },
  ): void {
    const operation = this.operationLabel(operationName);
    const outcome = ServerMetrics.outcomeLabel(errorCode);
    this.requests.inc({ operation, outcome });
    this.requestSeconds.observe({ operation, outcome }, r.seconds);
    this.requestStatements.observe({ operation }, r.statements);
    this.requestCypherSeconds.observe({ operation }, r.cypherSeconds);
  }

  /** A bounded label for an error code (they come from Parley and Apollo, but a resolver bug must not explode it). */
  static outcomeLabel(code: unknown): string {
    if (code === undefined) return 'ok';
    return typeof code === 'string' && CODE.test(code) ? code : 'INTERNAL_SERVER_ERROR';
  }

  /** For Neo4jClient.withObserver: pool usage, and each statement's time (added to the current request's total). */
  readonly neo4jObserver: Neo4jObserver = {
    connection: () => {
      this.connectionsInUse.inc();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        this.connectionsInUse.dec();
      };
    },
    statement: (name) => {
      const started = performance.now();
      const scope = currentRequestScope();
      return (ok) => {
        const ms = performance.now() - started;
        this.statementSeconds.observe({ statement: name, outcome: ok ? 'ok' : 'error' }, ms / 1000);
        if (scope) {
          scope.statements += 1;
          scope.cypherMs += ms;
        }
      };
    },
  };

  /** Wraps a load's progress so that the articles it finishes count in the load metrics too. */
  loadProgress(inner?: LoadProgress): LoadProgress {
    type Counts = { loaded: number; unchanged: number; failed: number };
    let total = 0;
    let seen: Counts = { loaded: 0, unchanged: 0, failed: 0 };
    return {
      start: (n) => {
        total = n;
        seen = { loaded: 0, unchanged: 0, failed: 0 };
        this.loadPending.set(n);
        inner?.start(n);
      },
      update: (done, counts) => {
        for (const outcome of ['loaded', 'unchanged', 'failed'] as const) {
          const delta = counts[outcome] - seen[outcome];
          if (delta > 0) this.loadArticles.inc({ outcome }, delta);
        }
        seen = { ...counts };
        this.loadPending.set(Math.max(0, total - done));
        inner?.update(done, counts);
      },
      stop: () => {
        this.loadPending.set(0);
        inner?.stop();
      },
    };
  }
}
