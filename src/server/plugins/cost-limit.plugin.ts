import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getVariableValues,
  GraphQLError,
  isLeafType,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../../errors/error-codes';

/** Scalars come with their object at no extra cost; each object costs 1 plus its children. */
const objectEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  isLeafType(getNamedType(field.type)) ? 0 : 1 + childComplexity;

// The estimator walks fragments once per spread; past this many selections it throws (and the request is refused).
const MAX_ESTIMATED_NODES = 10_000;

/** Estimated cost, about the number of objects an answer may hold: list and connection fields multiply their children (see api/common/complexity-costs.ts). Throws when it cannot tell. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [fieldExtensionsEstimator(), objectEstimator],
    maxQueryNodes: MAX_ESTIMATED_NODES,
  });
}

function tooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QueryTooComplex, ...extensions, http: { status: 400 } },
  });
}

/** What the estimator said: a cost, 'variables' when they do not coerce (execution names them), or 'unknown'. */
type Estimate = number | 'variables' | 'unknown';

function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): Estimate {
  try {
    return operationCost(schema, document, variables, operation.name?.value);
  } catch {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
    return coerced.errors ? 'variables' : 'unknown';
  }
}

// Variables beyond this size (an article posted for ingest) are not worth a cache key: their cost is worked out each time.
const MAX_CACHED_VARIABLES_CHARS = 2048;
// Distinct variable sets remembered per document; past it the document's entries start over.
const MAX_CACHED_COSTS_PER_DOCUMENT = 256;

/**
 * Estimates memoized per parsed document: Apollo hands the same document object for the same query text, so a
 * repeated operation is measured once per set of variables.
 */
function estimateMemo() {
  const byDocument = new WeakMap<DocumentNode, Map<string, Estimate>>();
  return (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
  ): Estimate => {
    const vars = JSON.stringify(variables ?? {});
    if (vars.length > MAX_CACHED_VARIABLES_CHARS) return estimate(schema, document, operation, variables);
    const key = `${operation.name?.value ?? ''}\u0000${vars}`;
    let byKey = byDocument.get(document);
    if (!byKey || byKey.size >= MAX_CACHED_COSTS_PER_DOCUMENT) {
      byKey = new Map();
      byDocument.set(document, byKey);
    }
    let result = byKey.get(key);
    if (result === undefined) {
      result = estimate(schema, document, operation, variables);
      byKey.set(key, result);
    }
    return result;
  };
}

/**
 * Rejects, before anything runs, an operation costing more than `maxComplexity`, and one whose cost cannot be
 * estimated (the estimator gave up): a limit that fails open is no limit. Depth, aliases and size are checked
 * earlier, by the validation rules in query-shape.rules.ts and the parser's token limit.
 */
export function costLimitPlugin(limits: { maxQueryComplexity: number }): ApolloServerPlugin {
  const memo = estimateMemo();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // No such operation: execution says so, and runs nothing.
          if (!operation) return;
          const cost = memo(schema, document, operation, request.variables);
          // Variables that do not coerce: execution reports them by name before any resolver runs.
          if (cost === 'variables') return;
          if (cost === 'unknown') {
            throw tooComplex(
              `query too large to estimate (more than ${MAX_ESTIMATED_NODES} selections once fragments are expanded)`,
              { limit: limits.maxQueryComplexity },
            );
          }
          if (cost > limits.maxQueryComplexity) {
            throw tooComplex(
              `query cost ${cost} exceeds the limit of ${limits.maxQueryComplexity}; ask for fewer items (first) or fewer nested lists`,
              { cost, limit: limits.maxQueryComplexity },
            );
          }
        },
      };
    },
  };
}
