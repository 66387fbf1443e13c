import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { ApiContext } from '../api/api-context';
import { createErrorFormatter } from '../api/error-formatting';
import { buildApiSchema } from '../api/schema';
import type { QueryLimits } from '../config';
import type { Logger } from '../logging/logger';
import { compiledExecution } from './compiled-execution';
import { costLimitPlugin } from './plugins/cost-limit.plugin';
import { errorStatusPlugin } from './plugins/error-status.plugin';
import { noSuggestionsPlugin } from './plugins/no-suggestions.plugin';
import { queryShapeRules } from './plugins/query-shape.rules';
import { writeAccessPlugin } from './plugins/write-access.plugin';
import { responseCachePlugin } from './plugins/response-cache.plugin';
import { stringifyResult, type ResponseCache } from './response-cache';

export const STATEMENTS_HEADER = 'x-parley-statements';

/** Puts the Cypher statements a request ran into `extensions.statements` when the client asks with the header. */
const statementReport: ApolloServerPlugin<ApiContext> = {
  async requestDidStart({ request }) {
    if (!request.http?.headers.get(STATEMENTS_HEADER)) return;
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        response.body.singleResult.extensions = {
          ...response.body.singleResult.extensions,
          statements: { count: contextValue.statements.length, names: contextValue.statements },
        };
      },
    };
  },
};

/**
 * Every answer is `cache-control: no-store`, as the default cache-control plugin computed it; that plugin hooked every
 * resolved field to find it out, and no field declares a cache hint.
 */
const noStore: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control'))
          response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/**
 * The Apollo server over the TypeGraphQL schema, with query limits, write access and error hiding; also used
 * in-process by tests. Limits apply in order: tokens while parsing, then depth, aliases and directives while
 * validating, then the role a mutation needs and the cost once the operation is known; nothing has run by then.
 */
export function createApolloServer(options: {
  logger: Logger;
  limits: QueryLimits;
  /** schema introspection (default on); with it off, error messages suggest no field names either */
  introspection?: boolean;
  plugins?: ApolloServerPlugin<ApiContext>[];
  /** answers kept per operation, variables and graph version (off when absent) */
  responseCache?: ResponseCache;
  /** no query limits and no write check: the baseline of the overhead benchmark, never a configuration */
  unguarded?: boolean;
  /** operations run as graphql-jit compiles them (default); false runs them on graphql-js */
  compiled?: boolean;
}) {
  const introspection = options.introspection ?? true;
  const guarded = !options.unguarded;
  const schema = buildApiSchema();
  return new ApolloServer<ApiContext>({
    ...(options.compiled === false ? { schema } : { gateway: compiledExecution(schema) }),
    formatError: createErrorFormatter(options.logger),
    includeStacktraceInErrorResponses: false,
    introspection,
    ...(options.responseCache ? { stringifyResult } : {}),
    ...(guarded
      ? {
          parseOptions: { maxTokens: options.limits.maxQueryTokens },
          validationRules: queryShapeRules(options.limits),
        }
      : {}),
    // The hosted Apollo Sandbox cannot load offline; Parley serves its own GraphiQL at /graphiql.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      ...(guarded ? [writeAccessPlugin(), costLimitPlugin(options.limits)] : []),
      statementReport,
      errorStatusPlugin(),
      ...(introspection || !guarded ? [] : [noSuggestionsPlugin()]),
      ...(options.responseCache ? [responseCachePlugin(options.responseCache)] : []),
      ...(options.plugins ?? []),
    ],
    // GET serves simple queries to curl and browsers; Apollo never runs mutations over GET, and POST bodies must be JSON.
    csrfPrevention: false,
    // Signals are the CLI's (untilSignal, drainWithin): Apollo's own handler would start a second stop(), and a stop()
    // called while another runs waits on a barrier that a successful stop never releases, so Ctrl-C hung for the drain.
    stopOnTerminationSignals: false,
  });
}
