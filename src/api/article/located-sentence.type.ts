import { Field, Int, ObjectType } from 'type-graphql';

/** The sentence of an article that supports something, with its place in the body (a source, a mention); a base
 * class only, never a type of the schema (no field returns it). */
@ObjectType()
export abstract class LocatedSentence {
  @Field(() => String, { nullable: true, description: 'the supporting sentence' })
  sentence!: string | null;

  @Field(() => Int, { nullable: true, description: 'UTF-16 offset of the sentence in the article body' })
  start!: number | null;

  @Field(() => Int, { nullable: true, description: 'UTF-16 offset just past the sentence' })
  end!: number | null;
}
