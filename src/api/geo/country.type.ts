import { ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.interface';

/** A state; its id is the ISO 3166-1 alpha-2 code. */
@ObjectType('Country', { implements: Entity, simpleResolvers: true })
export class Country extends Entity {}
