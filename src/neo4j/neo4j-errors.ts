import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley.error';

// Neo4j error codes mapped to Parley's in one place; callers never look at driver codes.
export function mapNeo4jError(
  error: unknown,
  context: { statement?: string; uri?: string } = {},
): ParleyError {
  if (error instanceof ParleyError) return error;
  const e = error as { code?: string; message?: string };
  const code = e?.code ?? '';
  const message = e?.message ?? String(error);
  const where = context.statement ? ` (statement ${context.statement})` : '';
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|connect ECONN/.test(message)
  ) {
    return new ParleyError(
      ErrorCode.DatabaseUnavailable,
      `Neo4j is unreachable${context.uri ? ` at ${context.uri}` : ''}: ${message}`,
      { neo4jCode: code },
      { cause: error },
    );
  }
  if (
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code === 'Neo.TransientError.Transaction.LockClientStopped'
  ) {
    return new ParleyError(
      ErrorCode.QueryTimeout,
      `the query took too long and was stopped${where}`,
      { neo4jCode: code },
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ParleyError(
      ErrorCode.ConstraintViolation,
      `a uniqueness constraint was violated${where}: ${message}`,
      { neo4jCode: code },
      { cause: error },
    );
  }
  return new ParleyError(
    ErrorCode.Internal,
    `Neo4j query failed${where}: ${code} ${message}`.trim(),
    { neo4jCode: code },
    { cause: error },
  );
}
