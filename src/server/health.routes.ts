import type { Express } from 'express';
import type { Logger } from '../logging/logger';
import type { CypherRegistry } from '../neo4j/cypher-registry';
import type { QueryRunner } from '../neo4j/neo4j-client';
import { isUnavailable } from '../neo4j/database-availability';
import { missingSchema } from '../neo4j/schema-migrator';

// Readiness must answer fast even when Neo4j hangs: the probe's own bound.
const READY_TIMEOUT_MS = 3000;
// The answer itself, whatever Neo4j does (the client fails reads fast, this bounds the rest): inside the promised 3 s.
const ANSWER_WITHIN_MS = 2500;

/** `/healthz`: the process is up. `/readyz`: Neo4j answers and every declared constraint and index exists. */
export function mountHealthRoutes(
  app: Express,
  deps: { runner: QueryRunner; registry: CypherRegistry; logger: Logger },
): void {
  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)),
        ANSWER_WITHIN_MS,
      );
    });
    try {
      const missing = await Promise.race([
        deps.runner
          .read('admin/ping', {}, { timeoutMs: READY_TIMEOUT_MS })
          .then(() => missingSchema(deps.runner, deps.registry)),
        late,
      ]);
      if (missing.length > 0) {
        res
          .status(503)
          .json({ status: 'not ready', reason: 'schema not migrated (run `parley migrate`)', missing });
        return;
      }
      res.status(200).json({ status: 'ready' });
    } catch (error) {
      const recovering = isUnavailable(error) && error.details.state === 'recovering';
      // The client logs the outage once; a probe polling through it adds nothing.
      if (isUnavailable(error)) deps.logger.debug({ err: error }, 'not ready: Neo4j unavailable');
      else deps.logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({
        status: 'not ready',
        reason: recovering ? 'Neo4j is back; query plans are being prepared' : 'Neo4j is not reachable',
      });
    } finally {
      clearTimeout(timer);
    }
  });
}
