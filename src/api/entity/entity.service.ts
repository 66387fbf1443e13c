import type { ApiLoaders } from '../api-loaders';
import type { Entity } from './entity.interface';
import { MAX_ID_LENGTH } from '../../domain/input-limits';

export class EntityService {
  constructor(private readonly loaders: Pick<ApiLoaders, 'entity'>) {}

  /** One node by id; the ids a request level asks for (aliased `entity` fields) are read in one statement. */
  async byId(id: string): Promise<Entity | null> {
    if (id.length === 0 || id.length > MAX_ID_LENGTH) return null;
    return this.loaders.entity.load(id);
  }
}
