import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../connection/page.args';
import { connectionCost, listCost } from '../common/complexity-costs';
import { childField, selectedFields } from '../common/selection';
import { Country } from '../geo/country.type';
import { Organization } from './organization.type';
import { positionDetail, type OrganizationService } from './organization.service';
import { PositionConnection } from './position-connection.type';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @Query(() => Organization, {
    nullable: true,
    description: 'the organization a name (or id) means; null when none',
  })
  organization(@Arg('name', () => String) name: string, @Info() info: GraphQLResolveInfo) {
    return this.organizations.byName(name, {
      relatives: childField(info, 'parent') !== null || childField(info, 'departments') !== null,
      people: childField(info, 'people'),
    });
  }

  @FieldResolver(() => Country, { nullable: true })
  country(@Root() org: Organization) {
    return this.organizations.country(org);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'the organization this one is part of' })
  parent(@Root() org: Organization) {
    return this.organizations.parent(org);
  }

  @FieldResolver(() => [Organization], { complexity: listCost(5), description: 'direct departments' })
  departments(@Root() org: Organization) {
    return this.organizations.departments(org);
  }

  @FieldResolver(() => PositionConnection, {
    complexity: connectionCost,
    description: 'titles held in the organization or any of its departments, oldest first',
  })
  people(
    @Root() org: Organization,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    const detail = positionDetail({ selected: (path) => selectedFields(info, path) });
    return this.organizations.people(org, first, after, detail);
  }
}
