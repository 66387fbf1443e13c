// Limits on a document's shape, checked while Apollo validates it (once per distinct query text: Apollo caches
// validated documents): depth, aliases and directives, each counted through fragments with a per-fragment cache, so
// the work is linear in the document however its spreads nest. graphql-armor's rules; the size bound is the parser's
// token limit (Apollo's parseOptions.maxTokens), and the cost check runs after, in cost-limit.plugin.ts.
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type ValidationRule } from 'graphql';
import type { QueryLimits } from '../../config';
import { ErrorCode } from '../../errors/error-codes';

export type ShapeLimit = 'depth' | 'aliases' | 'directives';

/** Reports a rejection as QUERY_TOO_COMPLEX naming the limit (armor's own message says what it found). */
function reject(limit: ShapeLimit, value: number): GraphQLArmorRejectCallback[] {
  return [
    (context, error) =>
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code: ErrorCode.QueryTooComplex, limitName: limit, limit: value },
        }),
      ),
  ];
}

export function queryShapeRules(limits: QueryLimits): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  return [
    maxDepthRule({
      ...common,
      n: limits.maxQueryDepth,
      // A fragment spread adds no level of its own: `{ ...F }` is as deep as F's fields.
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: reject('depth', limits.maxQueryDepth),
    }),
    maxAliasesRule({
      ...common,
      n: limits.maxQueryAliases,
      onReject: reject('aliases', limits.maxQueryAliases),
    }),
    maxDirectivesRule({
      ...common,
      n: limits.maxQueryDirectives,
      onReject: reject('directives', limits.maxQueryDirectives),
    }),
  ];
}
