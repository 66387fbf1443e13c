import { Arg, Args, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../connection/page.args';
import { connectionCost } from '../common/complexity-costs';
import { EntityLabel } from './entity-label';
import { SearchHitConnection } from './search-connection.type';
import type { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchHitConnection, {
    complexity: connectionCost,
    description:
      'ranked full-text hits across people, organizations, meetings, topics, places, countries and article titles',
  })
  search(
    @Arg('text', () => String, {
      description: 'words to find (at most 200 characters); the last may be a prefix',
    })
    text: string,
    @Arg('labels', () => [EntityLabel], { nullable: true, description: 'only hits of these types' })
    labels: EntityLabel[] | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ) {
    return this.service.find(text, labels, first, after);
  }
}
