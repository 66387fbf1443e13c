import type { OperationData } from './api.types';
import { OPERATIONS, type OperationName } from './operations';

/** An error worded for the analyst: what went wrong and what to do about it. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; variable?: string; argument?: string };
}

const UNREACHABLE = 'Parley cannot reach its server — is `parley serve` running? Start it and reload.';
const NO_DATABASE =
  'Parley cannot reach its database — is `parley serve` running with Neo4j up? Retry in a moment.';

// Later requests of the same kind supersede earlier ones (type-ahead), so each key keeps one controller.
const inFlight = new Map<string, AbortController>();

export async function runOperation<N extends OperationName>(
  name: N,
  variables: Record<string, unknown>,
  supersedeKey?: string,
): Promise<OperationData[N]> {
  let controller: AbortController | undefined;
  if (supersedeKey) {
    inFlight.get(supersedeKey)?.abort();
    controller = new AbortController();
    inFlight.set(supersedeKey, controller);
  }
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ operationName: name, query: OPERATIONS[name], variables }),
      signal: controller?.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(UNREACHABLE, 'UNREACHABLE');
  } finally {
    if (supersedeKey && inFlight.get(supersedeKey) === controller) inFlight.delete(supersedeKey);
  }
  let body: { data?: OperationData[N] | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(
      response.status >= 500 ? UNREACHABLE : `Parley answered ${response.status} — reload the page.`,
      'BAD_RESPONSE',
    );
  }
  const first = body.errors?.[0];
  if (first) throw toApiError(first);
  if (!body.data) throw new ApiError('Parley sent no data — reload the page.', 'NO_DATA');
  return body.data;
}

function toApiError(error: GraphQLErrorBody): ApiError {
  const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  switch (code) {
    case 'DATABASE_UNAVAILABLE':
      return new ApiError(NO_DATABASE, code);
    case 'QUERY_TIMEOUT':
      return new ApiError('The query took too long — try depth 1 or a narrower time window.', code);
    case 'QUERY_TOO_COMPLEX':
      return new ApiError('That request is too large — lower the depth and try again.', code);
    case 'BAD_USER_INPUT':
      return new ApiError(`${error.message} — correct it and try again.`, code);
    default:
      return new ApiError(
        `Parley failed to answer (${code}) — retry, and check the server log if it persists.`,
        code,
      );
  }
}

export function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

/** What to tell the analyst of a failure: an API error's own words, else that the page broke. */
export function errorText(err: unknown): string {
  return err instanceof ApiError ? err.message : `Something failed in the page (${String(err)}) — reload it.`;
}
