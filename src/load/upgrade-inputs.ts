// The inputs of the data upgrades whose rule lives in TypeScript (src/neo4j/schema-migrator's UpgradeInputs), wired
// by the commands that migrate a graph.
import { canonicalTitle, TITLE_FORMS_VERSION } from '../extract/title-forms';
import type { Params, QueryRunner } from '../neo4j/neo4j-client';
import type { UpgradeInputs } from '../neo4j/schema-migrator';

/** upgrade/titles-one-form: each stored title whose graph form differs, with that form, and the rule's version mark. */
async function canonicalTitleInputs(runner: QueryRunner): Promise<Params> {
  const marker = `titles-one-form@${TITLE_FORMS_VERSION}`;
  const [row] = await runner.read<{ titles: string[] }>('admin/stored-titles', { marker });
  const titles: Record<string, string> = {};
  for (const t of row?.titles ?? []) {
    const form = canonicalTitle(t);
    if (form !== t) titles[t] = form;
  }
  return { titles, marker };
}

export const UPGRADE_INPUTS: UpgradeInputs = { 'upgrade/titles-one-form': canonicalTitleInputs };
