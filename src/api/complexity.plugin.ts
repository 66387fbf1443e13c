import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isLeafType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/error-codes';

export interface CostLimits {
  maxComplexity: number;
  maxDepth: number;
}

/** The operation a request runs (by name, or the only one). */
export function selectOperation(
  document: DocumentNode,
  operationName?: string | null,
): OperationDefinitionNode | undefined {
  const ops = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return operationName
    ? ops.find((o) => o.name?.value === operationName)
    : ops.length === 1
      ? ops[0]
      : undefined;
}

/** Nesting depth of an operation's fields through fragments; introspection fields (`__…`) do not count. */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const op = selectOperation(document, operationName);
  if (!op) return 0;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const depthOf = (set: SelectionSetNode, visiting: Set<string>): number => {
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + (s.selectionSet ? depthOf(s.selectionSet, visiting) : 0));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(s.selectionSet, visiting));
      } else {
        const fragment = fragments.get(s.name.value);
        // A fragment cycle is a validation error reported elsewhere; do not recurse into it.
        if (!fragment || visiting.has(s.name.value)) continue;
        max = Math.max(max, depthOf(fragment.selectionSet, new Set([...visiting, s.name.value])));
      }
    }
    return max;
  };
  return depthOf(op.selectionSet, new Set());
}

/** Scalars come with their object at no extra cost; each object costs 1 plus its children. */
const objectEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  isLeafType(getNamedType(field.type)) ? 0 : 1 + childComplexity;

/** Estimated cost, about the number of objects an answer may hold: list and connection fields multiply their children (see common/complexity-costs.ts). */
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
  });
}

function tooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QueryTooComplex, ...extensions, http: { status: 400 } },
  });
}

// Variables beyond this size (an article posted for ingest) are not worth a cache key: their cost is worked out each time.
const MAX_CACHED_VARIABLES_CHARS = 2048;
// Distinct variable sets remembered per document; past it the document's entries start over.
const MAX_CACHED_COSTS_PER_DOCUMENT = 256;

/**
 * Depth and cost of an operation, memoized per parsed document: Apollo hands the same document object for the same
 * query text, so a repeated operation is measured once per set of variables. null: the variables do not coerce.
 */
function costMemo() {
  const depths = new WeakMap<DocumentNode, Map<string, number>>();
  const costs = new WeakMap<DocumentNode, Map<string, number | null>>();
  const costOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | null | undefined,
  ): number | null => {
    try {
      return operationCost(schema, document, variables, operationName);
    } catch {
      return null;
    }
  };
  return {
    depth(document: DocumentNode, operationName: string | null | undefined): number {
      const byName = depths.get(document) ?? new Map<string, number>();
      depths.set(document, byName);
      const key = operationName ?? '';
      let depth = byName.get(key);
      if (depth === undefined) {
        depth = operationDepth(document, operationName);
        byName.set(key, depth);
      }
      return depth;
    },
    cost(
      schema: GraphQLSchema,
      document: DocumentNode,
      variables: Record<string, unknown> | undefined,
      operationName: string | null | undefined,
    ): number | null {
      const vars = JSON.stringify(variables ?? {});
      if (vars.length > MAX_CACHED_VARIABLES_CHARS) return costOf(schema, document, variables, operationName);
      const key = `${operationName ?? ''}\u0000${vars}`;
      let byKey = costs.get(document);
      if (!byKey || byKey.size >= MAX_CACHED_COSTS_PER_DOCUMENT) {
        byKey = new Map();
        costs.set(document, byKey);
      }
      if (byKey.has(key)) return byKey.get(key)!;
      const cost = costOf(schema, document, variables, operationName);
      byKey.set(key, cost);
      return cost;
    },
  };
}

/** Rejects, before anything runs, an operation nested deeper than maxDepth or costing more than maxComplexity. */
export function costLimitPlugin(limits: CostLimits): ApolloServerPlugin {
  const memo = costMemo();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const depth = memo.depth(document, request.operationName);
          if (depth > limits.maxDepth) {
            throw tooComplex(`query depth ${depth} exceeds the limit of ${limits.maxDepth}`, {
              depth,
              limit: limits.maxDepth,
            });
          }
          // Variables that do not coerce (null): execution reports them with their names, so leave it to that.
          const cost = memo.cost(schema, document, request.variables, request.operationName);
          if (cost === null) return;
          if (cost > limits.maxComplexity) {
            throw tooComplex(
              `query cost ${cost} exceeds the limit of ${limits.maxComplexity}; ask for fewer items (first) or fewer nested lists`,
              { cost, limit: limits.maxComplexity },
            );
          }
        },
      };
    },
  };
}
