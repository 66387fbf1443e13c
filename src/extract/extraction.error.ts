// Bad input is reported as one of these (never a stack trace): the CLI prints `file: message`.

export type ExtractionErrorCode =
  'EMPTY' | 'BINARY' | 'INVALID_UTF8' | 'TOO_LARGE' | 'MALFORMED_DATE' | 'NO_SENTENCES';

export class ExtractionError extends Error {
  readonly code: ExtractionErrorCode;

  constructor(code: ExtractionErrorCode, message: string) {
    super(message);
    this.name = 'ExtractionError';
    this.code = code;
  }
}

export function isExtractionError(e: unknown): e is ExtractionError {
  return e instanceof ExtractionError;
}
