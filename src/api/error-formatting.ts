import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, Kind, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors/error-codes';
import { isParleyError } from '../errors/parley.error';
import type { Logger } from '../logging/logger';

// What a client may read of each Parley error: never Cypher text, driver messages, URIs or stacks.
const PUBLIC_MESSAGES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.QueryTimeout]:
    'the query took too long and was stopped; narrow it (fewer items, a shorter window, a smaller depth)',
  [ErrorCode.DatabaseUnavailable]: 'the graph database is unavailable; try again shortly',
};

const SAFE_DETAILS = ['argument', 'variable'];

/**
 * Names, in a BAD_USER_INPUT message, the argument and the variable the client bound to it (`$from (argument from
 * of meetings): …`), read from the field node the error carries; done here so no resolver pays for it.
 */
function nameTheInput(error: unknown, details: Record<string, unknown>, message: string): string {
  const argument =
    typeof details.argument === 'string'
      ? details.argument
      : typeof details.field === 'string'
        ? details.field
        : undefined;
  if (!argument) return message;
  details.argument = argument;
  const node = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
  const field = node?.kind === Kind.FIELD ? node : undefined;
  const bound = field?.arguments?.find((a) => a.name.value === argument)?.value;
  const reason = message.startsWith(`${argument}: `) ? message.slice(argument.length + 2) : message;
  const where = field ? `argument ${argument} of ${field.name.value}` : `argument ${argument}`;
  if (bound?.kind === Kind.VARIABLE) {
    details.variable = bound.name.value;
    return `$${bound.name.value} (${where}): ${reason}`;
  }
  return `${where}: ${reason}`;
}

/** Apollo `formatError`: expected errors keep their message and code; anything else becomes a generic internal error. */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (isParleyError(original)) {
      if (
        original.code === ErrorCode.BadUserInput ||
        original.code === ErrorCode.QueryTooComplex ||
        original.code === ErrorCode.NotFound ||
        original.code === ErrorCode.IngestTimeout ||
        original.code === ErrorCode.Busy
      ) {
        const all = { ...original.details };
        const message =
          original.code === ErrorCode.BadUserInput
            ? nameTheInput(error, all, original.message)
            : original.message;
        const details = Object.fromEntries(
          SAFE_DETAILS.filter((k) => all[k] !== undefined).map((k) => [k, all[k]]),
        );
        return { ...base, message, extensions: { code: original.code, ...details } };
      }
      const message = PUBLIC_MESSAGES[original.code];
      if (message) {
        logger.warn({ code: original.code, err: original }, 'GraphQL request failed');
        return { ...base, message, extensions: { code: original.code } };
      }
      logger.error({ code: original.code, err: original }, 'GraphQL request failed');
      return { ...base, message: 'internal error', extensions: { code: ErrorCode.Internal } };
    }
    if (original instanceof GraphQLError || original === error) {
      // Parse, validation, variable and cost errors: written for clients already; drop any stack trace.
      const {
        stacktrace: _s,
        exception: _e,
        ...extensions
      } = (formatted.extensions ?? {}) as Record<string, unknown>;
      // Apollo stamps every validation error GRAPHQL_VALIDATION_FAILED; a query-limit rule's own code wins.
      const rule = original instanceof GraphQLError ? original.originalError : undefined;
      if (rule instanceof GraphQLError && rule.extensions.code === ErrorCode.QueryTooComplex)
        Object.assign(extensions, rule.extensions);
      if (extensions.code === undefined || extensions.code === ErrorCode.Internal) {
        if (!(original instanceof GraphQLError) || original.originalError) {
          logger.error({ err: original }, 'GraphQL request failed');
          return { ...base, message: 'internal error', extensions: { code: ErrorCode.Internal } };
        }
      }
      return { ...formatted, extensions };
    }
    logger.error({ err: original }, 'GraphQL resolver failed');
    return { ...base, message: 'internal error', extensions: { code: ErrorCode.Internal } };
  };
}
