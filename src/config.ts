import path from 'node:path';
import { z } from 'zod';

// The only module that reads process.env: every other module takes a Config.

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

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
  PARLEY_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  PARLEY_MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(1).default(5000),
  PARLEY_MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(12),
  PARLEY_LOAD_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(200),
  PARLEY_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
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
}

export interface EmbeddedNeo4jConfig {
  dataDir: string;
  port: number;
  heap: string;
  pagecacheMb: number;
  startTimeoutMs: number;
}

export interface Config {
  neo4j: Neo4jConnectionConfig;
  embedded: EmbeddedNeo4jConfig;
  server: { host: string; port: number; maxQueryComplexity: number; maxQueryDepth: number };
  logLevel: (typeof LOG_LEVELS)[number];
  maxArticleBytes: number;
  loadBatchSize: number;
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
  if (problems.length) throw new ConfigError(problems);
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE ?? 'neo4j',
      connectTimeoutMs: e.PARLEY_CONNECT_TIMEOUT_MS,
      queryTimeoutMs: e.PARLEY_QUERY_TIMEOUT_MS,
    },
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
      maxQueryComplexity: e.PARLEY_MAX_QUERY_COMPLEXITY,
      maxQueryDepth: e.PARLEY_MAX_QUERY_DEPTH,
    },
    logLevel: e.LOG_LEVEL,
    maxArticleBytes: e.PARLEY_MAX_ARTICLE_BYTES,
    loadBatchSize: e.PARLEY_LOAD_BATCH_SIZE,
    projectRoot: PROJECT_ROOT,
  };
}
