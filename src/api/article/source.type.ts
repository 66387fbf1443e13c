import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../scalars/local-date.scalar';

/** The "says who?" of a fact: an article and the sentence in it that supports the fact. */
@ObjectType('Source', { simpleResolvers: true })
export class Source {
  @Field(() => ID)
  articleId!: string;

  @Field(() => String, { nullable: true, description: "the article's title" })
  title!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "the article's publication date" })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'publisher' })
  source!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'the supporting sentence' })
  sentence!: string | null;

  @Field(() => Int, { nullable: true, description: 'UTF-16 offset of the sentence in the article body' })
  start!: number | null;

  @Field(() => Int, { nullable: true, description: 'UTF-16 offset just past the sentence' })
  end!: number | null;
}
