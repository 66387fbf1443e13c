import { Field, Int, ObjectType } from 'type-graphql';
import { ARTICLES_READ_DESCRIPTION } from '../common/newest-articles.args';
import { Entity } from '../entity/entity.interface';

/** A node named in the same articles as another, and in how many of those read. */
@ObjectType('NamedWith', { simpleResolvers: true })
export class NamedWith {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Int, { description: 'how many of the articles read name it too' })
  articles!: number;
}

/** The nodes named most often alongside a node, over its newest articles. */
@ObjectType('NamedWithList', { simpleResolvers: true })
export class NamedWithList {
  @Field(() => Int, { description: ARTICLES_READ_DESCRIPTION })
  read!: number;

  @Field(() => [NamedWith], { description: 'most articles first, then the rarer node, then by id' })
  items!: NamedWith[];
}
