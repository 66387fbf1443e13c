import type { Express } from 'express';
import type { Logger } from '../logging/logger';
import type { CypherRegistry } from '../neo4j/cypher-registry';
import type { QueryRunner } from '../neo4j/neo4j-client';
import { missingSchema } from '../neo4j/schema-migrator';

// Readiness must answer fast even when Neo4j hangs: the probe's own bound.
const READY_TIMEOUT_MS = 3000;

/** `/healthz`: the process is up. `/readyz`: Neo4j answers and every declared constraint and index exists. */
export function mountHealthRoutes(
  app: Express,
  deps: { runner: QueryRunner; registry: CypherRegistry; logger: Logger },
): void {
  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.runner.read('admin/ping', {}, { timeoutMs: READY_TIMEOUT_MS });
      const missing = await missingSchema(deps.runner, deps.registry);
      if (missing.length > 0) {
        res
          .status(503)
          .json({ status: 'not ready', reason: 'schema not migrated (run `parley migrate`)', missing });
        return;
      }
      res.status(200).json({ status: 'ready' });
    } catch (error) {
      deps.logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'not ready', reason: 'Neo4j is not reachable' });
    }
  });
}
