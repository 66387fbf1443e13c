import { ArgsType, Field, Int } from 'type-graphql';
import { windowed } from '../connection/page.args';

/** The most articles one answer lists, and the most articles it reads per node the article names (its cost). */
export const MAX_RELATED = 50;
export const DEFAULT_RELATED = 10;
export const MAX_PER_NODE = 1000;

@ArgsType()
class RelatedCounts {
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

/** How many related articles to list, how many of each named node's newest articles to compare, in which window. */
@ArgsType()
export class RelatedArticleArgs extends windowed(RelatedCounts) {}
