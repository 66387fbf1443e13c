import { AsyncLocalStorage } from 'node:async_hooks';

/** What one HTTP request accumulates while it runs: its id for logs, and the Cypher it caused for metrics. */
export interface RequestScope {
  id: string;
  statements: number;
  cypherMs: number;
}

// One store per process: async context is process-wide by nature.
const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` (and everything it awaits) inside the request scope. */
export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** The scope of the request being served, if any. */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
