import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('TextRange', { simpleResolvers: true })
export class TextRange {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

/** One full-text hit. */
@ObjectType('SearchHit', { simpleResolvers: true })
export class SearchHit {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: 'the type: Person, Organization, Meeting, Topic, Place, Country, Article',
  })
  label!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float, { description: 'Lucene relevance; higher is better' })
  score!: number;

  @Field(() => String, { description: 'the matched text (name, aliases or title)' })
  snippet!: string;

  @Field(() => [TextRange], { description: 'ranges of `snippet` that match the search terms' })
  highlights!: TextRange[];

  @Field(() => String, { nullable: true, description: 'a meeting or article date' })
  date!: string | null;
}
