// The graph a command serves or loads: connected and migrated, with the inputs of the upgrades whose rule is TypeScript.
import type { Config } from '../config';
import { UPGRADE_INPUTS } from '../load/upgrade-inputs';
import type { Logger } from '../logging/logger';
import { openDatabase, type Database } from '../neo4j/database';

export function openMigratedDatabase(config: Config, logger: Logger): Promise<Database> {
  return openDatabase(config, logger, { migrate: true, upgradeInputs: UPGRADE_INPUTS });
}
