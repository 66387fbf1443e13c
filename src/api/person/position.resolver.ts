import { Args, FieldResolver, Resolver, Root } from 'type-graphql';
import { SourcePageArgs } from '../connection/page.args';
import { SourceConnection } from '../article/source-connection.type';
import type { SourceService } from '../article/source.service';
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
    const fact = {
      type: 'HOLDS_POSITION',
      from: position.person.id,
      to: position.organization.id,
      title: position.title,
    };
    return this.service.sources(fact, position.sourceCount, first, after);
  }
}
