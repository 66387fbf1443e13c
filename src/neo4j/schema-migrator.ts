import type { Logger } from '../logging/logger';
import type { CypherRegistry } from './cypher-registry';
import type { Params, QueryRunner } from './neo4j-client';

/**
 * What a data upgrade needs that Cypher cannot work out (a rule kept in TypeScript), by upgrade name: read from the
 * graph and passed as `$inputs`. An upgrade run without its inputs gets `$inputs: null` and waits for a run with them.
 */
export type UpgradeInputs = Record<string, (runner: QueryRunner) => Promise<Params>>;

const SCHEMA_PREFIX = 'schema/';
const UPGRADE_PREFIX = 'upgrade/';
const DEFINES_NAME =
  /CREATE\s+(?:CONSTRAINT|(?:RANGE\s+|TEXT\s+|POINT\s+|FULLTEXT\s+|VECTOR\s+)?INDEX)\s+(\w+)/i;

/** The constraints and indexes cypher/schema/ declares, by name. */
export function declaredSchemaNames(registry: CypherRegistry): string[] {
  return registry
    .names(SCHEMA_PREFIX)
    .map((name) => DEFINES_NAME.exec(registry.get(name))?.[1])
    .filter((n): n is string => !!n)
    .sort();
}

/**
 * Applies every statement of cypher/schema/ (all `IF NOT EXISTS`, so idempotent), waits for the indexes, then runs
 * the data upgrades of cypher/upgrade/ (each once).
 */
export async function migrateSchema(
  runner: QueryRunner,
  registry: CypherRegistry,
  logger: Logger,
  upgradeInputs: UpgradeInputs = {},
): Promise<string[]> {
  const applied: string[] = [];
  for (const name of registry.names(SCHEMA_PREFIX)) {
    await runner.write(name, {}, { timeoutMs: 120_000 });
    applied.push(name);
  }
  await runner.write('admin/await-indexes', {}, { timeoutMs: 310_000 });
  // Data upgrades of graphs loaded by an older version: each runs once and marks itself done. A batched one returns
  // `after` (the last id it did) until it is done, so no transaction has to hold a big graph's whole upgrade.
  for (const name of registry.names(UPGRADE_PREFIX)) {
    const inputs = (await upgradeInputs[name]?.(runner)) ?? null;
    let after: string | null = null;
    do {
      const rows: { after?: string | null }[] = await runner.write(
        name,
        { after, inputs },
        { timeoutMs: 600_000 },
      );
      after = rows[0]?.after ?? null;
      if (after !== null) logger.info({ upgrade: name, after }, 'upgrading');
    } while (after !== null);
  }
  logger.info({ statements: applied.length }, 'schema migrated');
  return applied;
}

/** Declared schema names that the database lacks; empty when migrated. */
export async function missingSchema(runner: QueryRunner, registry: CypherRegistry): Promise<string[]> {
  const [row] = await runner.read<{ names: string[] }>('admin/show-schema-names');
  const present = new Set(row?.names ?? []);
  return declaredSchemaNames(registry).filter((n) => !present.has(n));
}
