import { Arg, Query, Resolver } from 'type-graphql';
import { Country } from './country.type';
import type { GeoService } from './geo.service';

@Resolver(() => Country)
export class CountryResolver {
  constructor(private readonly geo: GeoService) {}

  @Query(() => Country, { nullable: true, description: 'a country by ISO code or English name' })
  country(@Arg('code', () => String) code: string) {
    return this.geo.country(code);
  }
}
