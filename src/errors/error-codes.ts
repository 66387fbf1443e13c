// Public error codes, one place: the CLI prints them, the API puts them in `extensions.code`.
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  RateLimited = 'RATE_LIMITED',
  IngestTimeout = 'INGEST_TIMEOUT',
  Busy = 'SERVER_BUSY',
  NotFound = 'NOT_FOUND',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  QueryTimeout = 'QUERY_TIMEOUT',
  ConstraintViolation = 'CONSTRAINT_VIOLATION',
  SchemaNotMigrated = 'SCHEMA_NOT_MIGRATED',
  CypherMissing = 'CYPHER_MISSING',
  LauncherFailed = 'NEO4J_LAUNCHER_FAILED',
  DataDirectoryInUse = 'NEO4J_DATA_DIRECTORY_IN_USE',
  Internal = 'INTERNAL_SERVER_ERROR',
}
