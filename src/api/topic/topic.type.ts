import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.interface';

/** A subject discussed at meetings. */
@ObjectType('Topic', { implements: Entity, simpleResolvers: true })
export class Topic extends Entity {
  @Field(() => [String])
  aliases!: string[];
}
