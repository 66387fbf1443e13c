import { ArgsType, Field, Int } from 'type-graphql';
import { EntityLabel } from '../search/entity-label';

/** The most nodes one answer lists, and the most articles it reads (its cost). */
export const MAX_NAMED_WITH = 50;
export const MAX_NAMED_WITH_ARTICLES = 1000;

/** Which nodes named alongside a node to count, and over how many of its newest articles. */
@ArgsType()
export class NamedWithArgs {
  @Field(() => [EntityLabel], { nullable: true, description: 'only nodes of these types' })
  labels!: EntityLabel[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
  to!: string | null;

  @Field(() => Int, { defaultValue: 10, description: `how many nodes to list (1 to ${MAX_NAMED_WITH})` })
  top!: number;

  @Field(() => Int, {
    defaultValue: 500,
    description: `how many of its newest articles to read (1 to ${MAX_NAMED_WITH_ARTICLES})`,
  })
  articles!: number;
}
