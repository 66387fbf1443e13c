import type { Express, RequestHandler } from 'express';
import type { Logger } from '../logging/logger';
import type { ServerMetrics } from './metrics';

/** True for an interface only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * `/metrics` in Prometheus' text format. On a loopback interface it is open like the rest of the server; on any
 * other interface it answers only through `guard` (the write credentials' check) and is absent without one.
 */
export function mountMetricsRoute(
  app: Express,
  deps: { metrics: ServerMetrics; host: string; logger: Logger; guard?: RequestHandler | RequestHandler[] },
): void {
  const serve: RequestHandler = async (_req, res) => {
    try {
      res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
    } catch (error) {
      deps.logger.error({ err: error }, 'collecting metrics failed');
      res.status(500).type('text/plain').send('collecting metrics failed\n');
    }
  };
  if (isLoopbackHost(deps.host)) app.get('/metrics', serve);
  else if (deps.guard) app.get('/metrics', deps.guard, serve);
}
