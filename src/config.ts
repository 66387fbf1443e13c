import path from 'node:path';
import { z } from 'zod';
import { parseKeyEntries, type StoredKey } from './auth/api-keys';
import type { JwtConfig } from './auth/jwt-verifier';

// The only module that reads process.env: every other module takes a Config.

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no']))
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = (fallback: number) =>
  z.coerce
    .number()
    .int('must be an integer')
    .min(0, 'must be ≥ 0')
    .max(65535, 'must be ≤ 65535')
    .default(fallback);

const envSchema = z.object({
  NEO4J_URI: optionalString.pipe(
    z
      .string()
      .regex(
        /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/,
        'must be a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI',
      )
      .optional(),
  ),
  NEO4J_USERNAME: optionalString,
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: optionalString,
  PORT: port(4000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  LOG_FORMAT: z.enum(LOG_FORMATS).default('auto'),
  CI: optionalString,
  PARLEY_DATA_DIR: optionalString,
  PARLEY_NEO4J_PORT: port(0),
  PARLEY_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i, 'must look like 512m or 1g')
    .default('1g'),
  PARLEY_NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).max(65536).default(256),
  PARLEY_NEO4J_START_TIMEOUT_MS: z.coerce.number().int().min(1000).default(180_000),
  PARLEY_MAX_ARTICLE_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(5 * 1024 * 1024),
  PARLEY_MAX_INGEST_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(256 * 1024),
  PARLEY_INGEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  PARLEY_INGEST_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  PARLEY_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  PARLEY_MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(1).default(5000),
  PARLEY_MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(12),
  PARLEY_LOAD_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(200),
  PARLEY_LOAD_LOCK_LEASE_MS: z.coerce.number().int().min(1000).default(30_000),
  PARLEY_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  PARLEY_OUTAGE_CHECK_MS: z.coerce.number().int().min(50).default(1000),
  PARLEY_MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(3000),
  PARLEY_MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(30),
  PARLEY_MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  PARLEY_INTROSPECTION: flag.optional(),
  PARLEY_COMPILED_EXECUTION: flag.default(true),
  PARLEY_API_KEYS: optionalString,
  PARLEY_KEYS_FILE: optionalString,
  PARLEY_JWT_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  PARLEY_JWKS_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  PARLEY_JWT_ISSUER: optionalString,
  PARLEY_JWT_AUDIENCE: optionalString,
  PARLEY_JWT_ROLES_CLAIM: z.string().trim().min(1).default('roles'),
  PARLEY_ANONYMOUS_READS: flag.optional(),
  PARLEY_ALLOWED_HOSTS: optionalString,
  PARLEY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  PARLEY_ANONYMOUS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  PARLEY_RESPONSE_CACHE_MB: z.coerce.number().min(0).max(65536).default(64),
  PARLEY_GRAPH_VERSION_POLL_MS: z.coerce.number().int().min(0).default(1000),
});

export interface Neo4jConnectionConfig {
  /** bolt:// or neo4j:// URI of an external server; undefined means: start the embedded one */
  uri: string | undefined;
  username: string | undefined;
  password: string | undefined;
  /** database every session names; Community has one, "neo4j" */
  database: string;
  /** how long to keep retrying an unreachable server before giving up */
  connectTimeoutMs: number;
  queryTimeoutMs: number;
  /** a read slower than this checks whether Neo4j is still there (so a read fails within twice this while it is away) */
  outageCheckMs: number;
}

export interface EmbeddedNeo4jConfig {
  dataDir: string;
  port: number;
  heap: string;
  pagecacheMb: number;
  startTimeoutMs: number;
}

export interface QueryLimits {
  maxQueryComplexity: number;
  maxQueryDepth: number;
  maxQueryTokens: number;
  maxQueryAliases: number;
  maxQueryDirectives: number;
}

export interface SecurityConfig {
  /** from PARLEY_API_KEYS (hashes only) */
  apiKeys: StoredKey[];
  /** the file `parley keys` maintains; its keys count too */
  keysFile: string;
  jwt: JwtConfig | undefined;
  /** whether requests without credentials may read (default: only when HOST is a loopback address) */
  anonymousReads: boolean;
  /** Host header values accepted (names, without port); '*' accepts any */
  allowedHosts: string[] | '*';
  /** requests per minute per key or token (0: no limit) */
  rateLimitPerMinute: number;
  /** requests per minute per client address without credentials (0: no limit) */
  anonymousRateLimitPerMinute: number;
  /** schema introspection (GraphiQL needs it); field suggestions are off whenever it is */
  introspection: boolean;
}

/** The GraphQL response cache: answers kept per operation, variables and graph version. */
export interface ResponseCacheConfig {
  /** memory bound of the cached answers in MB (JSON size); 0 turns the cache off */
  maxMb: number;
  /** how often to read the graph version that other processes' loads advance; 0: before every cached answer */
  versionPollMs: number;
}

export interface Config {
  neo4j: Neo4jConnectionConfig;
  responseCache: ResponseCacheConfig;
  embedded: EmbeddedNeo4jConfig;
  /** compiledExecution: operations run as graphql-jit compiles them (false: graphql-js walks each document) */
  server: { host: string; port: number; compiledExecution: boolean } & QueryLimits;
  security: SecurityConfig;
  logLevel: (typeof LOG_LEVELS)[number];
  /** size cap of one article file (CLI) */
  /** auto: pretty when stderr is a terminal and not in CI, JSON otherwise */
  logFormat: (typeof LOG_FORMATS)[number];
  /** running under CI (the CI variable set to anything but false or 0) */
  ci: boolean;
  maxArticleBytes: number;
  /** size cap of one article posted to ingestArticle: smaller, since a request holds a worker for its extraction */
  maxIngestBytes: number;
  /** deadline of one posted article (extraction on a worker, then the write) */
  ingestTimeoutMs: number;
  /** worker threads extracting posted articles (started on the first one) */
  ingestWorkers: number;
  loadBatchSize: number;
  /** longest life of a transaction holding the load lock: Neo4j ends it, so a paused writer frees the lock */
  loadLockLeaseMs: number;
  projectRoot: string;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

// src/config.ts and dist/config.js both sit one level below the project root.
export const PROJECT_ROOT = path.resolve(__dirname, '..');

/** Parses the environment once; every problem is listed in one error. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
        return `${name}=${JSON.stringify(value ?? '')}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.NEO4J_URI && (e.NEO4J_USERNAME === undefined) !== (e.NEO4J_PASSWORD === undefined)) {
    problems.push('NEO4J_USERNAME and NEO4J_PASSWORD must be set together');
  }
  const keys = parseKeyEntries(e.PARLEY_API_KEYS);
  problems.push(...keys.problems.map((p) => `PARLEY_API_KEYS: ${p}`));
  if (e.PARLEY_JWT_SECRET && e.PARLEY_JWKS_URL)
    problems.push('PARLEY_JWT_SECRET and PARLEY_JWKS_URL: set one, not both');
  if (problems.length) throw new ConfigError(problems);
  const loopback = isLoopbackHost(e.HOST);
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE ?? 'neo4j',
      connectTimeoutMs: e.PARLEY_CONNECT_TIMEOUT_MS,
      queryTimeoutMs: e.PARLEY_QUERY_TIMEOUT_MS,
      outageCheckMs: e.PARLEY_OUTAGE_CHECK_MS,
    },
    responseCache: { maxMb: e.PARLEY_RESPONSE_CACHE_MB, versionPollMs: e.PARLEY_GRAPH_VERSION_POLL_MS },
    embedded: {
      dataDir: path.resolve(e.PARLEY_DATA_DIR ?? path.join(PROJECT_ROOT, '.parley', 'neo4j')),
      port: e.PARLEY_NEO4J_PORT,
      heap: e.PARLEY_NEO4J_HEAP,
      pagecacheMb: e.PARLEY_NEO4J_PAGECACHE_MB,
      startTimeoutMs: e.PARLEY_NEO4J_START_TIMEOUT_MS,
    },
    server: {
      host: e.HOST,
      port: e.PORT,
      compiledExecution: e.PARLEY_COMPILED_EXECUTION,
      maxQueryComplexity: e.PARLEY_MAX_QUERY_COMPLEXITY,
      maxQueryDepth: e.PARLEY_MAX_QUERY_DEPTH,
      maxQueryTokens: e.PARLEY_MAX_QUERY_TOKENS,
      maxQueryAliases: e.PARLEY_MAX_QUERY_ALIASES,
      maxQueryDirectives: e.PARLEY_MAX_QUERY_DIRECTIVES,
    },
    security: {
      apiKeys: keys.keys,
      keysFile: path.resolve(e.PARLEY_KEYS_FILE ?? path.join(PROJECT_ROOT, '.parley', 'keys.json')),
      jwt:
        e.PARLEY_JWT_SECRET || e.PARLEY_JWKS_URL
          ? {
              secret: e.PARLEY_JWT_SECRET,
              jwksUrl: e.PARLEY_JWKS_URL,
              issuer: e.PARLEY_JWT_ISSUER,
              audience: e.PARLEY_JWT_AUDIENCE,
              rolesClaim: e.PARLEY_JWT_ROLES_CLAIM,
            }
          : undefined,
      anonymousReads: e.PARLEY_ANONYMOUS_READS ?? loopback,
      allowedHosts: allowedHosts(e.PARLEY_ALLOWED_HOSTS, e.HOST),
      rateLimitPerMinute: e.PARLEY_RATE_LIMIT_PER_MINUTE,
      anonymousRateLimitPerMinute: e.PARLEY_ANONYMOUS_RATE_LIMIT_PER_MINUTE,
      introspection: e.PARLEY_INTROSPECTION ?? true,
    },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    ci: e.CI !== undefined && !['false', '0'].includes(e.CI.toLowerCase()),
    maxArticleBytes: e.PARLEY_MAX_ARTICLE_BYTES,
    maxIngestBytes: Math.min(e.PARLEY_MAX_INGEST_BYTES, e.PARLEY_MAX_ARTICLE_BYTES),
    ingestTimeoutMs: e.PARLEY_INGEST_TIMEOUT_MS,
    ingestWorkers: e.PARLEY_INGEST_WORKERS,
    loadBatchSize: e.PARLEY_LOAD_BATCH_SIZE,
    loadLockLeaseMs: e.PARLEY_LOAD_LOCK_LEASE_MS,
    projectRoot: PROJECT_ROOT,
  };
}

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);

/** PARLEY_ALLOWED_HOSTS, or the loopback names plus HOST when HOST names one interface. */
function allowedHosts(setting: string | undefined, host: string): string[] | '*' {
  if (setting?.trim() === '*') return '*';
  const listed = setting
    ?.split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  if (listed?.length) return listed;
  const names = ['localhost', '127.0.0.1', '[::1]'];
  if (!WILDCARD.has(host) && !names.includes(host.toLowerCase())) names.push(host.toLowerCase());
  return names;
}
