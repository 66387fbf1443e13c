import type { ApolloServerPlugin } from '@apollo/server';

/** Drops graphql-js's "Did you mean …?" from error messages: with introspection off, they would reveal the schema. */
export function noSuggestionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(/ ?Did you mean .*\?$/s, '');
        },
      };
    },
  };
}
