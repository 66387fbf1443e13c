import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, WindowPageArgs } from '../connection/page.args';
import { connectionCost, listCost } from '../common/complexity-costs';
import { childField } from '../common/selection';
import { Country } from '../geo/country.type';
import { MeetingConnection } from '../meeting/meeting-connection.type';
import { CounterpartConnection } from './counterpart-connection.type';
import { Person } from './person.type';
import type { PersonService } from './person.service';
import { Position } from './position.type';

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly people: PersonService) {}

  @Query(() => Person, { nullable: true, description: 'the person a name (or id) means; null when none' })
  person(@Arg('name', () => String) name: string, @Info() info: GraphQLResolveInfo) {
    const positions = childField(info, 'positions');
    return this.people.byName(name, {
      positions: positions !== null,
      positionSources: positions?.child('sources') ?? null,
      counterparts: childField(info, 'counterparts'),
      meetings: childField(info, 'meetings'),
    });
  }

  @Query(() => CounterpartConnection, {
    complexity: connectionCost,
    description: 'everyone who attended a meeting with the named person, most shared meetings first',
  })
  counterparts(@Arg('name', () => String) name: string, @Args(() => PageArgs) { first, after }: PageArgs) {
    return this.people.counterpartsByName(name, first, after);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'the state the person serves (latest seen)' })
  country(@Root() person: Person) {
    return this.people.country(person);
  }

  @FieldResolver(() => [Position], { complexity: listCost(5), description: 'titles held, oldest first' })
  positions(@Root() person: Person) {
    return this.people.positions(person);
  }

  @FieldResolver(() => CounterpartConnection, {
    name: 'counterparts',
    complexity: connectionCost,
    description: 'most shared meetings first',
  })
  counterpartsOf(@Root() person: Person, @Args(() => PageArgs) { first, after }: PageArgs) {
    return this.people.counterparts(person, first, after).then((page) => ({ ...page, person }));
  }

  @FieldResolver(() => MeetingConnection, {
    complexity: connectionCost,
    description: 'meetings attended, oldest first',
  })
  meetings(@Root() person: Person, @Args(() => WindowPageArgs) { first, after, from, to }: WindowPageArgs) {
    return this.people.meetings(person, { first, after, from, to });
  }
}
