import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { ApiContext } from '../../api/api-context';
import { CACHE_HEADER, type ResponseCache } from '../response-cache';

/**
 * Keeps the answers of queries, and answers one from memory when the same request came at the same graph version.
 * Apollo's response-cache plugin keys on cache-control hints and TTLs and needs the cache-control plugin, which hooks
 * every resolved field; a graph version that every write advances makes hints unnecessary and no answer stale.
 * It runs after parsing, validation and the other plugins' checks (limits, auth), and only for error-free queries.
 */
export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<ApiContext> {
  if (!cache.enabled) return {};
  return {
    async requestDidStart({ request }) {
      if (request.http && cache.bypassed(request.http.headers)) return;
      let key: string | undefined;
      return {
        async responseForOperation({ operation, queryHash, request: { operationName, variables } }) {
          if (operation.operation !== 'query' || queryHash === undefined) return null;
          const { key: missed, hit } = await cache.lookup(queryHash, operationName, variables);
          if (!hit) {
            key = missed; // kept under it once answered
            return null;
          }
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
          await cache.keep(key, result.data, operationName ?? null);
        },
      };
    },
  };
}
