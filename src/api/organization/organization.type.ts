import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.interface';
import type { Country } from '../geo/country.type';

/** A ministry, department, agency, party, alliance or international body. */
@ObjectType('Organization', { implements: Entity, simpleResolvers: true })
export class Organization extends Entity {
  @Field(() => String, {
    nullable: true,
    description: 'ministry, department, agency, office, party, military, international, …',
  })
  kind!: string | null;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'ISO code; null for international bodies' })
  countryCode!: string | null;

  /** prefetched by the statement that found the organization; undefined: ask the loader */
  country?: Country | null;
}
