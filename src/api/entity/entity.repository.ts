import type { QueryRunner } from '../../neo4j/neo4j-client';

const Q = { byIds: 'queries/entities-by-ids' } as const;

/** A node of any public label, with its stored properties and its label. */
export type EntityRow = Record<string, unknown> & { id: string; label: string };

export class EntityRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  async byIds(ids: readonly string[]): Promise<EntityRow[]> {
    const rows = await this.runner.read<{ entity: EntityRow }>(Q.byIds, { ids });
    return rows.map((r) => r.entity);
  }
}
