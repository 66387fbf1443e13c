import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../../errors/error-codes';

// Errors that are the server's state, not the request's: the HTTP status says so, and when to try again.
const STATUS: Partial<Record<string, { status: number; retryAfterS: number }>> = {
  [ErrorCode.DatabaseUnavailable]: { status: 503, retryAfterS: 2 },
  [ErrorCode.Busy]: { status: 503, retryAfterS: 2 },
};

/** A response carrying DATABASE_UNAVAILABLE or SERVER_BUSY goes out as 503 with Retry-After (GraphQL answers 200 otherwise). */
export function errorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const mapped = STATUS[String(error.extensions?.code)];
            if (!mapped) continue;
            response.http.status = mapped.status;
            response.http.headers.set('retry-after', String(mapped.retryAfterS));
            return;
          }
        },
      };
    },
  };
}
