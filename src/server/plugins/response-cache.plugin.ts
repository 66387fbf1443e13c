import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
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

/** A kept answer's data and its JSON, serialized once when it was kept. */
interface Entry {
  data: Record<string, unknown>;
  json: string;
}

/** The JSON of answers' data the cache has serialized: a hit is sent without serializing it again. */
const serialized = new WeakMap<object, string>();

/**
 * Apollo's `stringifyResult` (its default is `JSON.stringify(result) + '\n'`): the same bytes, with the data of a
 * cached answer taken from the JSON kept with it (a 183 KB answer took as long to serialize as the hit took to find).
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const json = result.errors === undefined && result.data ? serialized.get(result.data) : undefined;
  if (json === undefined) return JSON.stringify(result) + '\n';
  const extensions =
    result.extensions === undefined ? '' : `,"extensions":${JSON.stringify(result.extensions)}`;
  return `{"data":${json}${extensions}}\n`;
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
    sizeCalculation: (entry) => Buffer.byteLength(entry.json),
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
          serialized.set(hit.data, hit.json);
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
          const json = JSON.stringify(result.data);
          serialized.set(result.data, json);
          await cache.set(key, { data: result.data, json });
        },
      };
    },
  };
}
