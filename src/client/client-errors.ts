import type { ErrorCode } from '../errors/error-codes';

/**
 * What a request can fail with: the API's public codes (`extensions.code`), Apollo's own (parse, validation, bad
 * request), and the client's for transport failures.
 */
export type ParleyErrorCode =
  | `${ErrorCode}`
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'HTTP_ERROR'
  | 'NETWORK_ERROR';

/** One GraphQL error as the server sent it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; requestId?: string; [key: string]: unknown };
}

// The server could not serve the request now; the same request may succeed shortly.
const TRANSIENT = new Set<ParleyErrorCode>(['DATABASE_UNAVAILABLE', 'RATE_LIMITED', 'NETWORK_ERROR']);
const TRANSIENT_HTTP = new Set([429, 502, 503, 504]);

/** A failed request, with the code of its first error, every error, and the server's request id for its logs. */
export class ParleyClientError extends Error {
  override readonly name = 'ParleyClientError';
  readonly code: ParleyErrorCode;
  readonly errors: GraphQLErrorEntry[];
  /** HTTP status (0: no response) */
  readonly status: number;
  /** the server's `x-request-id`: quote it when reporting a problem */
  readonly requestId: string | undefined;
  /** the data the server sent beside the errors, when part of the answer succeeded */
  readonly data: unknown;
  /** milliseconds the server asked to wait (`Retry-After`) */
  readonly retryAfterMs: number | undefined;

  constructor(init: {
    code: ParleyErrorCode;
    message: string;
    errors?: GraphQLErrorEntry[];
    status?: number;
    requestId?: string;
    data?: unknown;
    retryAfterMs?: number;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.code = init.code;
    this.errors = init.errors ?? [];
    this.status = init.status ?? 0;
    this.requestId = init.requestId;
    this.data = init.data;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** True when retrying the same request later can succeed (the database or the network was briefly unavailable). */
  get transient(): boolean {
    return TRANSIENT.has(this.code) || TRANSIENT_HTTP.has(this.status);
  }
}

export function isParleyClientError(error: unknown): error is ParleyClientError {
  return error instanceof ParleyClientError;
}
