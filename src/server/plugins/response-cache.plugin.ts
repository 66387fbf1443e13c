import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { NextFunction, Request, Response } from 'express';
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

/** A kept answer: its data, and the response that carries it as text (for Apollo) and as UTF-8 (for the socket). */
interface Entry {
  data: Record<string, unknown>;
  text: string;
  bytes: Buffer;
}

const DATA_PREFIX = '{"data":';

/** The entries of the answers' data the cache has kept: a hit is sent without serializing or encoding it again. */
const kept = new WeakMap<object, Entry>();

/**
 * Kept answers' texts on their way from `stringifyResult` to express's send, with their bytes. Apollo hands the text
 * to the send within the same turn of the event loop, so an entry goes at the next: none outlives its request.
 */
const outgoing = new Map<string, Buffer>();

function keep(data: Record<string, unknown>): Entry {
  // one flat string: the response text and its bytes are built once, not at every send
  const text = `${DATA_PREFIX}${JSON.stringify(data)}}\n`;
  const entry = { data, text, bytes: Buffer.from(text) };
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
 * Answers a query from memory when the same operation with the same variables was answered at the same graph version.
 * Apollo's response-cache plugin keys on cache-control hints and TTLs and needs the cache-control plugin, which hooks
 * every resolved field; a graph version that every write advances makes hints unnecessary and no answer stale.
 * It runs after parsing, validation and the other plugins' checks (limits, auth), and only for error-free queries.
 */
export function responseCachePlugin(options: ResponseCacheOptions): ApolloServerPlugin<ApiContext> {
  if (options.maxBytes <= 0) return {};
  const cache = new InMemoryLRUCache<Entry>({
    maxSize: options.maxBytes,
    // the bytes, and the text: one byte a character if all are ASCII, else counted at two (as V8 may keep it)
    sizeCalculation: (e) => e.bytes.length + (e.bytes.length === e.text.length ? 1 : 2) * e.text.length,
  });
  return {
    async requestDidStart({ request }) {
      if (request.http && options.bypass?.(request.http.headers)) return;
      let key: string | undefined;
      return {
        async responseForOperation({ operation, queryHash, operationName, request: { variables } }) {
          if (operation.operation !== 'query') return null;
          const version = await options.version();
          key = `${version}:${queryHash}:${operationName ?? ''}:${JSON.stringify(variables ?? {})}`;
          const hit = await cache.get(key);
          if (!hit) return null;
          key = undefined;
          // a new result: plugins after this one may set extensions on the result they send
          const response: GraphQLResponse = {
            http: { status: undefined, headers: new HeaderMap([[CACHE_HEADER, 'hit']]) },
            body: { kind: 'single', singleResult: { data: hit.data } },
          };
          return response;
        },
        async willSendResponse({ response }) {
          if (key === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length || !result.data) return;
          response.http.headers.set(CACHE_HEADER, 'miss');
          await cache.set(key, keep(result.data));
        },
      };
    },
  };
}
