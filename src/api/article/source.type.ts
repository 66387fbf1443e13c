import { Field, ID, ObjectType } from 'type-graphql';
import { LocatedSentence } from './located-sentence.type';
import { LocalDateScalar } from '../scalars/local-date.scalar';

/** The "says who?" of a fact: an article and the sentence in it that supports the fact. */
@ObjectType('Source', { simpleResolvers: true })
export class Source extends LocatedSentence {
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
}
