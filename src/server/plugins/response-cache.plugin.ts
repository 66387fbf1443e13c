import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { FormattedExecutionResult } from 'graphql';
import type { ApiContext } from '../../api/api-context';

/** Response header saying whether the answer came from the cache: `hit` or `miss` (absent: not cacheable). */
export const CACHE_HEADER = 'x-parley-cache';

export interface ResponseCacheOptions {
  /** memory bound in bytes (the JSON size of the kept answers); 0 turns the cache off */
  maxBytes: number;
  /** the graph version now: part of every key, so an answer from before a write is never served after it */
  version: () => Promise<number>;
  /** requests that must run (the statements report asks what a request runs) */
  bypass?: (headers: { get(name: string): string | undefined }) => boolean;
}

/**
 * A kept answer: its data, and the response that carries it as text (for Apollo) and as UTF-8 (for the socket), and
 * the operation it answered (for the metrics of a repeat that Apollo never sees).
 */
interface Entry {
  data: Record<string, unknown>;
  text: string;
  bytes: Buffer;
  operation: string | null;
}

const DATA_PREFIX = '{"data":';

/** The entries of the answers' data the cache has kept: a hit is sent without serializing or encoding it again. */
const kept = new WeakMap<object, Entry>();

/**
 * Kept answers' texts on their way from `stringifyResult` to express's send, with their bytes. Apollo hands the text
 * to the send within the same turn of the event loop, so an entry goes at the next: none outlives its request.
 */
const outgoing = new Map<string, Buffer>();

function keep(data: Record<string, unknown>, operation: string | null): Entry {
  // one flat string: the response text and its bytes are built once, not at every send
  const text = `${DATA_PREFIX}${JSON.stringify(data)}}\n`;
  const entry = { data, text, bytes: Buffer.from(text), operation };
  kept.set(data, entry);
  return entry;
}

/**
 * Apollo's `stringifyResult` (its default is `JSON.stringify(result) + '\n'`): the same bytes, with a kept answer's
 * response taken as it was kept (a 183 KB answer took as long to serialize, and again to encode, as the hit to find).
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const entry = result.errors === undefined && result.data ? kept.get(result.data) : undefined;
  if (entry === undefined) return JSON.stringify(result) + '\n';
  if (result.extensions !== undefined) {
    const json = entry.text.slice(DATA_PREFIX.length, -2);
    return `${DATA_PREFIX}${json},"extensions":${JSON.stringify(result.extensions)}}\n`;
  }
  if (!outgoing.has(entry.text)) {
    outgoing.set(entry.text, entry.bytes);
    setImmediate(() => outgoing.delete(entry.text));
  }
  return entry.text;
}

/**
 * Express middleware before Apollo's: a body that is a kept answer's text goes out as the bytes kept with it, so a hit
 * does not encode 183 KB of text to UTF-8 again (1.6 ms, a third of such a hit).
 */
export function sendKeptBytes(_req: Request, res: Response, next: NextFunction): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    const bytes = typeof body === 'string' ? outgoing.get(body) : undefined;
    return send(bytes ?? body);
  };
  next();
}

/**
 * The answers kept, one store shared by the Apollo plugin that keeps them and the express middleware that sends
 * repeats before Apollo (created once, at start-up). A key is the graph version, the query text's SHA-256 (Apollo's
 * queryHash), the operation name as sent and the variables: the same request at the same version.
 */
export class ResponseCache {
  readonly store: InMemoryLRUCache<Entry> | undefined;

  constructor(readonly options: ResponseCacheOptions) {
    if (options.maxBytes <= 0) return;
    this.store = new InMemoryLRUCache<Entry>({
      maxSize: options.maxBytes,
      // the bytes, and the text: one byte a character if all are ASCII, else counted at two (as V8 may keep it)
      sizeCalculation: (e) => e.bytes.length + (e.bytes.length === e.text.length ? 1 : 2) * e.text.length,
    });
  }

  static key(version: number, queryHash: string, operationName: unknown, variables: unknown): string {
    return `${version}:${queryHash}:${typeof operationName === 'string' ? operationName : ''}:${JSON.stringify(variables ?? {})}`;
  }
}

/**
 * Keeps the answers of queries, and answers one from memory when the same request came at the same graph version.
 * Apollo's response-cache plugin keys on cache-control hints and TTLs and needs the cache-control plugin, which hooks
 * every resolved field; a graph version that every write advances makes hints unnecessary and no answer stale.
 * It runs after parsing, validation and the other plugins' checks (limits, auth), and only for error-free queries.
 */
export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<ApiContext> {
  const { store, options } = cache;
  if (!store) return {};
  return {
    async requestDidStart({ request }) {
      if (request.http && options.bypass?.(request.http.headers)) return;
      let key: string | undefined;
      return {
        async responseForOperation({ operation, queryHash, request: { operationName, variables } }) {
          if (operation.operation !== 'query' || queryHash === undefined) return null;
          key = ResponseCache.key(await options.version(), queryHash, operationName, variables);
          const hit = await store.get(key);
          if (!hit) return null;
          key = undefined;
          // a new result: plugins after this one may set extensions on the result they send
          const response: GraphQLResponse = {
            http: { status: undefined, headers: new HeaderMap([[CACHE_HEADER, 'hit']]) },
            body: { kind: 'single', singleResult: { data: hit.data } },
          };
          return response;
        },
        async willSendResponse({ response, operationName }) {
          if (key === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length || !result.data) return;
          response.http.headers.set(CACHE_HEADER, 'miss');
          await store.set(key, keep(result.data, operationName ?? null));
        },
      };
    },
  };
}

/**
 * Express middleware after the guards (authentication, rate limits, body size) and before Apollo: a POSTed query whose
 * answer is kept at the graph version now goes out as the kept bytes, with the headers Apollo gives it, and Apollo
 * does not parse, validate or plan it again. Only a request that Apollo checked and answered without an error was
 * kept, and those checks (query size, shape, cost) depend on nothing but the request, so they would pass again.
 * No plugin adds to an error-free answer (the statements report, which does, bypasses the cache).
 */
export function answerFromMemory(
  cache: ResponseCache,
  counted: (operation: string | null, seconds: number) => void,
): RequestHandler {
  const { store, options } = cache;
  return (req, res, next) => {
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
    if (
      !store ||
      req.method !== 'POST' ||
      typeof body?.query !== 'string' ||
      options.bypass?.({ get: (n) => req.get(n) })
    ) {
      next();
      return;
    }
    const started = performance.now();
    const queryHash = createHash('sha256')
      .update(body.query as string)
      .digest('hex');
    void (async () => {
      const version = await options.version();
      const hit = await store.get(ResponseCache.key(version, queryHash, body.operationName, body.variables));
      if (!hit) return next();
      res.status(200).set({
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        [CACHE_HEADER]: 'hit',
      });
      res.end(hit.bytes);
      counted(hit.operation, (performance.now() - started) / 1000);
    })().catch(next);
  };
}
