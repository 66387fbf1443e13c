import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Country } from './country.type';
import type { GeoService } from './geo.service';
import { Place } from './place.type';

@Resolver(() => Place)
export class PlaceResolver {
  constructor(private readonly geo: GeoService) {}

  @FieldResolver(() => Country, { nullable: true })
  country(@Root() place: Place) {
    return this.geo.placeCountry(place);
  }
}
