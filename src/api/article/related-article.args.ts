import { ArgsType, Field, Int } from 'type-graphql';

/** The most articles one answer lists, and the most articles it reads per node the article names (its cost). */
export const MAX_RELATED = 50;
export const DEFAULT_RELATED = 10;
export const MAX_PER_NODE = 1000;

/** How many related articles to list, and how many of each named node's newest articles to compare. */
@ArgsType()
export class RelatedArticleArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_RELATED,
    description: `how many articles to list (1 to ${MAX_RELATED})`,
  })
  top!: number;

  @Field(() => Int, {
    defaultValue: 200,
    description: `how many of each named node's newest articles to compare (1 to ${MAX_PER_NODE})`,
  })
  perNode!: number;
}
