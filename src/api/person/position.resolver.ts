import { Args, FieldResolver, Resolver, Root } from 'type-graphql';
import { SourcePageArgs } from '../connection/page.args';
import { SourceConnection } from '../article/source-connection.type';
import type { SourceService } from '../article/source.service';
import { positionFact } from '../article/source.repository';
import { connectionCost } from '../common/complexity-costs';
import { Position } from './position.type';

@Resolver(() => Position)
export class PositionResolver {
  constructor(private readonly service: SourceService) {}

  @FieldResolver(() => SourceConnection, {
    complexity: connectionCost,
    description: 'the articles that show it, newest first, each with the sentence',
  })
  sources(@Root() position: Position, @Args(() => SourcePageArgs) { first, after }: SourcePageArgs) {
    return this.service.sources(positionFact(position), position.sourceCount, first, after);
  }
}
