import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../api/api-context';
import { currentRequestScope } from '../logging/request-scope';
import type { ServerMetrics } from './metrics';

/**
 * Counts and times each GraphQL request by operation and outcome, with the Cypher statements it ran and their time,
 * and names the request's id in every error it answers with (`extensions.requestId`).
 */
export function metricsPlugin(metrics: ServerMetrics): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName, request, contextValue }) {
          const scope = currentRequestScope();
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errors = result?.errors;
          metrics.countRequest(
            operationName ?? request.operationName,
            errors?.length ? (errors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : undefined,
            {
              seconds: (performance.now() - started) / 1000,
              statements: scope?.statements ?? contextValue?.statements?.length ?? 0,
              cypherSeconds: (scope?.cypherMs ?? 0) / 1000,
            },
          );
          if (scope && result && errors?.length) {
            result.errors = errors.map((e) => ({
              ...e,
              extensions: { ...e.extensions, requestId: scope.id },
            }));
          }
        },
      };
    },
  };
}
