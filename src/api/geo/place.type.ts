import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.interface';
import type { Country } from './country.type';

/** A city or venue. */
@ObjectType('Place', { implements: Entity, simpleResolvers: true })
export class Place extends Entity {
  @Field(() => String, { nullable: true, description: 'ISO code of its country' })
  countryCode!: string | null;

  /** prefetched by the statement that found the place; undefined: ask the loader */
  country?: Country | null;
}
