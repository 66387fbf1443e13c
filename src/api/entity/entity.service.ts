import type { Entity } from './entity.interface';
import type { EntityRepository } from './entity.repository';
import { MAX_ID_LENGTH } from '../../domain/input-limits';

export class EntityService {
  constructor(private readonly entities: EntityRepository) {}

  async byId(id: string): Promise<Entity | null> {
    if (id.length === 0 || id.length > MAX_ID_LENGTH) return null;
    const [row] = await this.entities.byIds([id]);
    return row ?? null;
  }
}
