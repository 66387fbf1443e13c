import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { mayAct } from '../auth/principal';
import { ErrorCode } from '../errors/error-codes';
import { KeyFile, keyRingSource } from '../auth/api-keys';
import { Authenticator } from '../auth/authenticator';
import { JwtVerifier } from '../auth/jwt-verifier';
import type { Parley } from '../composition-root';
import type { CypherRegistry } from '../neo4j/cypher-registry';
import type { WarmUp } from '../neo4j/neo4j-client';
import { createApolloServer, STATEMENTS_HEADER } from './apollo.server';
import { mountHealthRoutes } from './health.routes';
import { securityHeadersByPath } from './security/api-headers';
import { authenticate, principalOf } from './security/auth.middleware';
import { assertSafeExposure } from './security/exposure-check';
import { hostCheck } from './security/host-check.middleware';
import { sendHttpError } from './security/http-errors';
import { rateLimitPerCaller } from './security/rate-limit.middleware';
import { securityHeaders } from './security/security-headers';
import { metricsPlugin } from './metrics.plugin';
import { ResponseCache } from './response-cache';
import { answerFromMemory, sendKeptBytes } from './response-cache.middleware';
import { mountMetricsRoute } from './metrics.routes';
import { assignRequestId, enterRequestScope } from './request-id';
import { mountStaticPages } from './static-pages';

export interface HttpServerDeps {
  /** the composition root: configuration, client, loader (ingest), graph version, request contexts */
  parley: Parley;
  registry: CypherRegistry;
  /**
   * Without headers, host check, authentication, rate limits, role-based body sizes and query limits: the baseline of
   * bench/security-overhead.bench.ts, in the same run as the guarded server. Not reachable from any configuration.
   */
  unguarded?: boolean;
}

export interface RunningServer {
  url: string;
  /** settles when the start-up plan warm-up has ended (so a bench times requests, not Neo4j planning beside them) */
  planned: Promise<void>;
  close(): Promise<void>;
}

// A read's body: a query and its variables. Only an editor may post more (an article, up to PARLEY_MAX_INGEST_BYTES).
const READ_BODY_BYTES = 64 * 1024;
// JSON overhead on top of the largest article a mutation may post (escapes, the other arguments).
const BODY_SLACK_BYTES = 64 * 1024;

/** GraphQL at /graphql, health at /healthz and /readyz, the dashboard and GraphiQL as static files; drains on close. */
export async function startHttpServer(deps: HttpServerDeps): Promise<RunningServer> {
  const { parley, registry } = deps;
  const { config, logger, client, metrics } = parley;
  const security = config.security;
  const authenticator = new Authenticator(
    keyRingSource(security.apiKeys, new KeyFile(security.keysFile)),
    security.jwt ? new JwtVerifier(security.jwt) : undefined,
  );
  assertSafeExposure(config);
  const app = express();
  app.disable('x-powered-by');
  // Answers are no-store: an ETag (a SHA-1 of every body, 0.13 ms for 183 KB) could never be asked for again.
  app.set('etag', false);
  app.use(assignRequestId);
  const guarded = !deps.unguarded;
  if (guarded) app.use(securityHeadersByPath(securityHeaders()));
  const httpServer = http.createServer(app);
  const responseCache = new ResponseCache({
    maxBytes: config.responseCache.maxMb * 2 ** 20,
    version: () => parley.graphVersion.current(),
    bypass: (headers) => headers.get(STATEMENTS_HEADER) !== undefined,
  });
  const apollo = createApolloServer({
    logger,
    limits: config.server,
    introspection: security.introspection,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), metricsPlugin(metrics)],
    unguarded: !guarded,
    compiled: config.server.compiledExecution,
    responseCache,
  });
  await parley.graphVersion.start();
  await apollo.start();

  // Probes (load balancers, orchestrators) name the server by address: health says nothing worth rebinding for.
  mountHealthRoutes(app, { runner: client, registry, logger });
  if (guarded) app.use(hostCheck(security.allowedHosts));
  // On a non-loopback interface, /metrics needs the write credentials (an editor's key or token).
  const editorsOnly = [
    authenticate(authenticator, { anonymousReads: false }),
    (_req: express.Request, res: express.Response, next: express.NextFunction) =>
      mayAct(principalOf(res), 'editor')
        ? next()
        : sendHttpError(res, 403, ErrorCode.Forbidden, 'metrics are for editors: send an editor key'),
  ];
  mountMetricsRoute(app, {
    metrics,
    host: config.server.host,
    logger,
    guard: editorsOnly,
  });
  const bodyLimits = { read: READ_BODY_BYTES, write: config.maxIngestBytes * 2 + BODY_SLACK_BYTES };
  const readBody = express.json({ limit: bodyLimits.read });
  const writeBody = express.json({ limit: bodyLimits.write });
  const tooLarge = () =>
    `the request body is over the limit (${bodyLimits.read} bytes for reads; an editor may post articles of up to ${config.maxIngestBytes} bytes)`;
  const guards: express.RequestHandler[] = [
    authenticate(authenticator, { anonymousReads: security.anonymousReads }),
    rateLimitPerCaller({
      perKey: security.rateLimitPerMinute,
      perAnonymousAddress: security.anonymousRateLimitPerMinute,
    }),
    (req, res, next) => {
      const editor = principalOf(res).role === 'editor';
      // Refused on the announced length, without reading the body (the parser would read it all before answering).
      if (Number(req.headers['content-length']) > (editor ? bodyLimits.write : bodyLimits.read)) {
        sendHttpError(res, 413, 'PAYLOAD_TOO_LARGE', tooLarge(), { connection: 'close' });
        return;
      }
      (editor ? writeBody : readBody)(req, res, next);
    },
  ];
  app.use(
    '/graphql',
    ...(guarded ? guards : [writeBody]),
    answerFromMemory(responseCache, (operation, seconds) =>
      metrics.countRequest(operation, undefined, { seconds, statements: 0, cypherSeconds: 0 }),
    ),
    enterRequestScope,
    sendKeptBytes,
    expressMiddleware(apollo, {
      context: async ({ res }) => parley.createContext(guarded ? principalOf(res) : undefined),
    }),
  );
  mountStaticPages(app, config.projectRoot);
  // Malformed JSON bodies and anything else express rejects: a short JSON error, never a stack trace.
  app.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = (error as { status?: number }).status ?? 500;
    const code = status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    if (status >= 500) logger.error({ err: error }, 'HTTP request failed');
    if (req.path === '/graphql') metrics.requests.inc({ operation: 'unparsed', outcome: code });
    if ((error as { type?: string }).type === 'entity.too.large') {
      sendHttpError(res, 413, 'PAYLOAD_TOO_LARGE', tooLarge());
      return;
    }
    sendHttpError(res, status, code, status >= 500 ? 'internal error' : (error as Error).message);
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.server.port, config.server.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.server.host.includes(':') ? `[${config.server.host}]` : config.server.host;
  const url = `http://${host}:${port}`;
  logger.info(
    { url, anonymousReads: security.anonymousReads, writes: authenticator.canWrite },
    'Parley API listening',
  );
  // Big statements take seconds to plan on a busy machine; plan them now rather than in a user's request. When Neo4j
  // comes back after an outage (plan cache gone, JVM cold), run what was read before requests are let through.
  const warmed = (what: string) => ({
    ok: ({ ms, warmed: done, failed }: WarmUp) =>
      failed.length
        ? logger.warn({ ms, warmed: done.length, failed }, `${what} warmed, ${failed.length} failed`)
        : logger.info({ ms, warmed: done.length }, `${what} warmed`),
    failed: (error: unknown) => logger.warn({ err: error }, `warming ${what} failed`),
  });
  const atStart = warmed('query plans');
  const planned = client.warmPlans(registry.names('queries/')).then(atStart.ok, atStart.failed);
  const afterOutage = warmed('the statements read so far');
  client.onRecovery(() => client.warmRecentReads().then(afterOutage.ok, afterOutage.failed));

  let closing: Promise<void> | undefined;
  return {
    url,
    planned,
    close: () => {
      parley.graphVersion.stop();
      closing ??= apollo.stop().finally(() => parley.closeWorkers());
      return closing;
    },
  };
}
