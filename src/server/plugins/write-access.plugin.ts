import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { mayAct, type Principal } from '../../auth/principal';
import { ErrorCode } from '../../errors/error-codes';

/**
 * Every mutation needs the editor role, checked once the operation is known and before anything runs: 401 without
 * credentials, 403 with a reader's. Reads were admitted (or not) by the HTTP layer's authentication.
 */
export function writeAccessPlugin(): ApolloServerPlugin<{ principal: Principal }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || mayAct(contextValue.principal, 'editor')) return;
          const anonymous = contextValue.principal.role === null;
          throw new GraphQLError(
            anonymous
              ? 'writing needs an editor API key or token: send Authorization: Bearer <key>'
              : 'writing needs the editor role; this key or token is a reader',
            {
              extensions: anonymous
                ? {
                    code: ErrorCode.Unauthenticated,
                    http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) },
                  }
                : { code: ErrorCode.Forbidden, http: { status: 403 } },
            },
          );
        },
      };
    },
  };
}
