import { Args, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SourceService } from '../article/source.service';
import { listCost } from '../common/complexity-costs';
import { Person } from './person.type';
import { TitleHistoryArgs } from './title-history.args';
import { TitleHistory } from './title-history.type';

@Resolver(() => Person)
export class TitleHistoryResolver {
  constructor(private readonly sources: SourceService) {}

  @FieldResolver(() => TitleHistory, {
    complexity: listCost(5),
    description:
      'the titles its newest articles give it (within the window if given), with or without an organization: ' +
      '"in which role, and when?"',
  })
  titleHistory(@Root() person: { id: string }, @Args(() => TitleHistoryArgs) args: TitleHistoryArgs) {
    return this.sources.titleHistory(person.id, args);
  }
}
