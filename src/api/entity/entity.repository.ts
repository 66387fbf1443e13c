import type { QueryRunner } from '../../neo4j/neo4j-client';
import type { Entity } from './entity.interface';

const Q = { byIds: 'queries/entities-by-ids' } as const;

/** A node of any public label, mapped as its GraphQL type by the statement (cypher/fragments/entity-map). */
export type EntityRow = Entity & Record<string, unknown>;

export class EntityRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  async byIds(ids: readonly string[]): Promise<EntityRow[]> {
    const rows = await this.runner.read<{ entity: EntityRow }>(Q.byIds, { ids });
    return rows.map((r) => r.entity);
  }
}
