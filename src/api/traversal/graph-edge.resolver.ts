import { Args, FieldResolver, Resolver, Root } from 'type-graphql';
import { SourcePageArgs } from '../connection/page.args';
import { SourceConnection } from '../article/source-connection.type';
import type { SourceService } from '../article/source.service';
import { connectionCost } from '../common/complexity-costs';
import { GraphEdge } from './graph.type';

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  constructor(private readonly service: SourceService) {}

  @FieldResolver(() => SourceConnection, {
    complexity: connectionCost,
    description:
      'the articles that support the fact, newest first, each with the sentence (empty for MENTIONS and REPORTS)',
  })
  sources(@Root() edge: GraphEdge, @Args(() => SourcePageArgs) { first, after }: SourcePageArgs) {
    const fact = { type: edge.type, from: edge.source, to: edge.target, title: edge.title };
    return this.service.sources(fact, edge.sourceCount, first, after);
  }
}
