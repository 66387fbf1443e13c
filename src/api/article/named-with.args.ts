import { ArgsType, Field, Int } from 'type-graphql';
import { NewestArticlesArgs } from '../common/newest-articles.args';
import { windowed } from '../connection/page.args';
import { EntityLabel } from '../search/entity-label';

/** The most nodes one answer lists. */
export const MAX_NAMED_WITH = 50;
export const DEFAULT_NAMED_WITH = 10;

@ArgsType()
class NamedWithCounts extends NewestArticlesArgs {
  @Field(() => [EntityLabel], { nullable: true, description: 'only nodes of these types' })
  labels!: EntityLabel[] | null;

  @Field(() => Int, {
    defaultValue: DEFAULT_NAMED_WITH,
    description: `how many nodes to list (1 to ${MAX_NAMED_WITH})`,
  })
  top!: number;
}

/** Which nodes named alongside a node to count, over how many of its newest articles, in which window of dates. */
@ArgsType()
export class NamedWithArgs extends windowed(NamedWithCounts) {}
