import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.interface';
import { Article } from './article.type';

/** An article like another: the nodes both name, weighted by how rare each is. */
@ObjectType('RelatedArticle', { simpleResolvers: true })
export class RelatedArticle {
  @Field(() => Article)
  article!: Article;

  @Field(() => Float, {
    description: 'the sum, over the nodes both name, of 1 / ln(e + how many articles name the node)',
  })
  score!: number;

  @Field(() => [Entity], { description: 'the nodes both name, rarest first' })
  shared!: Entity[];
}
