import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode } from 'graphql';
import { ParleyClientError, type GraphQLErrorEntry, type ParleyErrorCode } from './client-errors';

export const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';

export interface RetryOptions {
  /** attempts after the first (default 3) */
  retries: number;
  /** first backoff in ms, doubled each attempt, with jitter (default 250) */
  baseDelayMs: number;
  /** largest backoff (default 5000) */
  maxDelayMs: number;
  /** retry mutations too (default false: a mutation may have run before the connection failed) */
  mutations: boolean;
}

export interface ParleyClientOptions {
  /** GraphQL endpoint (default http://127.0.0.1:4000/graphql) */
  url?: string;
  /** sent with every request, e.g. `{ authorization: 'Bearer …' }` */
  headers?: Record<string, string>;
  retry?: Partial<RetryOptions>;
  /** per attempt (default 60 s) */
  timeoutMs?: number;
  /** ask the server for the Cypher statements each request ran (counted in `stats.statements`) */
  reportStatements?: boolean;
  /** the fetch to use (default the global one) */
  fetch?: typeof fetch;
}

/** What this client has done so far. */
export interface ClientStats {
  requests: number;
  retries: number;
  /** Cypher statements the server ran for this client (only with `reportStatements`) */
  statements: number;
}

export type Variables = Record<string, unknown>;

interface Response<T> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
  extensions?: { statements?: { count?: number } };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

function isMutation(document: DocumentNode): boolean {
  return document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation');
}

function operationName(document: DocumentNode): string | undefined {
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) return d.name?.value;
  return undefined;
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

/**
 * A typed GraphQL client for Parley: pass a generated document (`CounterpartsDocument`, …) and its variables, get its
 * typed data back, or a ParleyClientError with the server's error code. Transient failures are retried with backoff.
 */
export class ParleyClient {
  readonly url: string;
  readonly stats: ClientStats = { requests: 0, retries: 0, statements: 0 };
  private readonly retry: RetryOptions;
  private readonly printed = new WeakMap<DocumentNode, string>();

  constructor(private readonly options: ParleyClientOptions = {}) {
    this.url = options.url ?? DEFAULT_URL;
    this.retry = { retries: 3, baseDelayMs: 250, maxDelayMs: 5000, mutations: false, ...options.retry };
  }

  /** Runs one operation; resolves with its data, or rejects with a ParleyClientError. */
  async request<TData, TVariables extends Variables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    options: { signal?: AbortSignal } = {},
  ): Promise<TData> {
    const retries = isMutation(document) && !this.retry.mutations ? 0 : this.retry.retries;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(document, variables, options.signal);
      } catch (error) {
        if (!(error instanceof ParleyClientError) || !error.transient || attempt >= retries) throw error;
        options.signal?.throwIfAborted();
        const backoff = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** attempt);
        this.stats.retries++;
        await sleep(error.retryAfterMs ?? backoff / 2 + Math.random() * (backoff / 2), options.signal);
      }
    }
  }

  private text(document: DocumentNode): string {
    let text = this.printed.get(document);
    if (text === undefined) {
      text = print(document);
      this.printed.set(document, text);
    }
    return text;
  }

  private async once<TData>(
    document: DocumentNode,
    variables: Variables,
    signal?: AbortSignal,
  ): Promise<TData> {
    this.stats.requests++;
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 60_000);
    let res: globalThis.Response;
    try {
      res = await (this.options.fetch ?? fetch)(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(this.options.reportStatements ? { 'x-parley-statements': '1' } : {}),
          ...this.options.headers,
        },
        body: JSON.stringify({
          query: this.text(document),
          variables,
          operationName: operationName(document),
        }),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      signal?.throwIfAborted();
      throw new ParleyClientError({
        code: 'NETWORK_ERROR',
        message: `cannot reach ${this.url}: ${(error as Error).message}`,
        cause: error,
      });
    }
    const requestId = res.headers.get('x-request-id') ?? undefined;
    let body: Response<TData>;
    try {
      body = (await res.json()) as Response<TData>;
    } catch (error) {
      throw new ParleyClientError({
        code: res.status >= 500 ? 'HTTP_ERROR' : 'BAD_REQUEST',
        message: `${this.url} answered HTTP ${res.status} without a GraphQL body`,
        status: res.status,
        requestId,
        retryAfterMs: retryAfter(res.headers.get('retry-after')),
        cause: error,
      });
    }
    this.stats.statements += body.extensions?.statements?.count ?? 0;
    if (body.errors?.length || body.data == null) {
      const errors = body.errors ?? [];
      const first = errors[0];
      throw new ParleyClientError({
        code:
          (first?.extensions?.code as ParleyErrorCode | undefined) ??
          (res.ok ? 'INTERNAL_SERVER_ERROR' : 'HTTP_ERROR'),
        message: first
          ? `${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`
          : `HTTP ${res.status}`,
        errors,
        status: res.status,
        requestId: requestId ?? first?.extensions?.requestId,
        data: body.data ?? undefined,
        retryAfterMs: retryAfter(res.headers.get('retry-after')),
      });
    }
    return body.data;
  }
}
