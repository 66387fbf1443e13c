import { Arg, Int, Query, Resolver } from 'type-graphql';
import { connectionCost } from '../common/complexity-costs';
import { DEFAULT_FIRST } from '../connection/pagination';
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
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return this.service.find(text, labels, first, after);
  }
}
