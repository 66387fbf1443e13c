import { Field, Int, ObjectType } from 'type-graphql';
import { ARTICLES_READ_DESCRIPTION } from '../common/newest-articles.args';
import { LocalDateScalar } from '../scalars/local-date.scalar';

/** One title the articles read give a person, in how many of them and between which of their dates. */
@ObjectType('TitleSeen', { simpleResolvers: true })
export class TitleSeen {
  @Field(() => String, { description: 'the title as the articles give it, e.g. "President"' })
  title!: string;

  @Field(() => Int, { description: 'how many of the articles read give it' })
  articles!: number;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'the first of their dates (null: all undated)',
  })
  firstSeen!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'the last of their dates (null: all undated)',
  })
  lastSeen!: string | null;
}

/** A person's titles over its newest articles, with or without an organization. */
@ObjectType('TitleHistory', { simpleResolvers: true })
export class TitleHistory {
  @Field(() => Int, { description: ARTICLES_READ_DESCRIPTION })
  read!: number;

  @Field(() => [TitleSeen], { description: 'first seen first, then by title; titles seen only undated last' })
  items!: TitleSeen[];
}
