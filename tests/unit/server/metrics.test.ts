import { ServerMetrics } from '../../../src/server/metrics';
import { runInRequestScope, type RequestScope } from '../../../src/logging/request-scope';

const value = async (m: ServerMetrics, name: string, labels: Record<string, string> = {}) => {
  const metric = (await m.registry.getMetricsAsJSON()).find((x) => x.name === name);
  const hit = metric?.values.find((v) =>
    Object.entries(labels).every(([k, want]) => String((v.labels as Record<string, unknown>)[k]) === want),
  );
  return hit?.value;
};

test('operation labels are bounded: odd names are "other", and only 64 distinct names are kept', () => {
  const m = new ServerMetrics({ processMetrics: false });
  expect(m.operationLabel(undefined)).toBe('anonymous');
  expect(m.operationLabel('Counterparts')).toBe('Counterparts');
  expect(m.operationLabel('drop table; --')).toBe('other');
  for (let i = 0; i < 100; i++) m.operationLabel(`Op${i}`);
  expect(m.operationLabel('Op99')).toBe('other');
  expect(m.operationLabel('Counterparts')).toBe('Counterparts');
  expect(ServerMetrics.outcomeLabel(undefined)).toBe('ok');
  expect(ServerMetrics.outcomeLabel('BAD_USER_INPUT')).toBe('BAD_USER_INPUT');
  expect(ServerMetrics.outcomeLabel({ evil: 1 })).toBe('INTERNAL_SERVER_ERROR');
});

test('the Neo4j observer counts connections in use and adds statement time to the current request', async () => {
  const m = new ServerMetrics({ processMetrics: false });
  const release = m.neo4jObserver.connection();
  expect(await value(m, 'parley_neo4j_pool_connections_in_use')).toBe(1);
  const scope: RequestScope = { id: 'r', statements: 0, cypherMs: 0 };
  const done = runInRequestScope(scope, () => m.neo4jObserver.statement('queries/search'));
  await new Promise((r) => setTimeout(r, 5));
  done(true);
  release();
  release(); // idempotent
  expect(await value(m, 'parley_neo4j_pool_connections_in_use')).toBe(0);
  expect(await value(m, 'parley_neo4j_pool_connections_max')).toBe(100);
  expect(scope.statements).toBe(1);
  expect(scope.cypherMs).toBeGreaterThan(0);
  const text = await m.registry.metrics();
  expect(text).toMatch(
    /parley_cypher_statement_duration_seconds_count\{statement="queries\/search",outcome="ok"\} 1/,
  );
});

test('load progress feeds the load counters and the pending gauge, and still drives the inner progress', async () => {
  const m = new ServerMetrics({ processMetrics: false });
  const seen: number[] = [];
  const progress = m.loadProgress({
    start: () => undefined,
    update: (d) => seen.push(d),
    stop: () => undefined,
  });
  progress.start(10);
  progress.update(4, { loaded: 3, unchanged: 0, failed: 1 });
  expect(await value(m, 'parley_load_articles_pending')).toBe(6);
  progress.update(10, { loaded: 7, unchanged: 2, failed: 1 });
  progress.stop();
  expect(await value(m, 'parley_load_articles_total', { outcome: 'loaded' })).toBe(7);
  expect(await value(m, 'parley_load_articles_total', { outcome: 'unchanged' })).toBe(2);
  expect(await value(m, 'parley_load_articles_total', { outcome: 'failed' })).toBe(1);
  expect(await value(m, 'parley_load_articles_pending')).toBe(0);
  expect(seen).toEqual([4, 10]);
});
