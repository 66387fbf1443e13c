import { Arg, ID, Query, Resolver } from 'type-graphql';
import { Entity } from './entity.interface';
import type { EntityService } from './entity.service';

@Resolver()
export class EntityResolver {
  constructor(private readonly entities: EntityService) {}

  @Query(() => Entity, { nullable: true, description: 'any node by id (for click-to-expand in graph views)' })
  entity(@Arg('id', () => ID) id: string) {
    return this.entities.byId(id);
  }
}
