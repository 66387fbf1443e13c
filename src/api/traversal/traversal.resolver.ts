import { Arg, Int, Query, Resolver } from 'type-graphql';
import { graphCost } from '../common/complexity-costs';
import { GraphPath, Neighborhood } from './graph.type';
import { RelationshipType } from './relationship-type';
import { DEFAULT_NEIGHBORHOOD_LIMIT, DEFAULT_PATH_HOPS, type TraversalService } from './traversal.service';

@Resolver()
export class TraversalResolver {
  constructor(private readonly traversal: TraversalService) {}

  @Query(() => GraphPath, {
    nullable: true,
    complexity: graphCost(20),
    description: 'the shortest chain linking two named entities (null when none within maxHops)',
  })
  shortestPath(
    @Arg('from', () => String, { description: 'a name or id' }) from: string,
    @Arg('to', () => String, { description: 'a name or id' }) to: string,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: DEFAULT_PATH_HOPS, description: 'at most 8' })
    maxHops: number | null,
    @Arg('types', () => [RelationshipType], {
      nullable: true,
      description: 'default: the fact relationships (no REPORTS/MENTIONS)',
    })
    types: RelationshipType[] | null,
  ) {
    return this.traversal.shortestPath({ from, to, maxHops, types });
  }

  @Query(() => Neighborhood, {
    nullable: true,
    complexity: graphCost(DEFAULT_NEIGHBORHOOD_LIMIT),
    description: 'the nodes and edges within depth hops of an entity (null when the name matches none)',
  })
  neighborhood(
    @Arg('name', () => String, { description: 'a name or id' }) name: string,
    @Arg('depth', () => Int, { description: '1 to 3' }) depth: number,
    @Arg('types', () => [RelationshipType], {
      nullable: true,
      description: 'default: the fact relationships (no REPORTS/MENTIONS)',
    })
    types: RelationshipType[] | null,
    @Arg('from', () => String, { nullable: true, description: 'leave out meetings before this date' })
    from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'leave out meetings after this date' })
    to: string | null,
    @Arg('limit', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_NEIGHBORHOOD_LIMIT,
      description:
        'most nodes (at most 500); a level with more keeps those seen last (lastSeen), newest first',
    })
    limit: number | null,
  ) {
    return this.traversal.neighborhood({ name, depth, types, from, to, limit });
  }
}
