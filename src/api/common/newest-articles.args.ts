import { ArgsType, Field, Int } from 'type-graphql';

/** The most of a node's newest articles one answer reads (its cost, whatever names the node). */
export const MAX_ARTICLES_READ = 1000;

/** How many of a node's newest articles an answer reads (namedWith, titleHistory). */
@ArgsType()
export class NewestArticlesArgs {
  @Field(() => Int, {
    defaultValue: 500,
    description: `how many of its newest articles to read (1 to ${MAX_ARTICLES_READ})`,
  })
  articles!: number;
}

/** What an answer over a node's newest articles says of them (its `read` field). */
export const ARTICLES_READ_DESCRIPTION =
  'how many of its articles were read: its newest in the window, at most the articles argument';
