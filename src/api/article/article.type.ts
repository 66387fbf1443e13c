import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.interface';
import { LocalDateScalar } from '../scalars/local-date.scalar';

/** One source text. */
@ObjectType('Article', { implements: Entity, simpleResolvers: true })
export class Article extends Entity {
  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'publication date' })
  date!: string | null;

  @Field(() => String, { nullable: true })
  source!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;
}
