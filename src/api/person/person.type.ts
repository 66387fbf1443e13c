import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.interface';
import type { Country } from '../geo/country.type';
import { LocalDateScalar } from '../scalars/local-date.scalar';

/** One real person across all articles. */
@ObjectType('Person', { implements: Entity, simpleResolvers: true })
export class Person extends Entity {
  @Field(() => [String], { description: 'other names seen for the person' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'the most recent title seen' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO code of the state served (latest seen)' })
  countryCode!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'first article date that mentions the person',
  })
  firstSeen!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'last article date that mentions the person' })
  lastSeen!: string | null;

  /** prefetched by the statement that found the person; undefined: ask the loader */
  country?: Country | null;
}
