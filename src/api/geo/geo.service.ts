import type { ApiLoaders } from '../api-loaders';
import { countryCode } from '../common/country-code';
import type { Country } from './country.type';
import type { Place } from './place.type';

export class GeoService {
  constructor(private readonly loaders: ApiLoaders) {}

  /** A country by ISO code or English name; null when it names none in the graph. */
  async country(codeOrName: string): Promise<Country | null> {
    const code = countryCode(codeOrName);
    return code ? this.loaders.country.load(code) : null;
  }

  async placeCountry(place: Place): Promise<Country | null> {
    if (place.country !== undefined) return place.country;
    return place.countryCode ? this.loaders.country.load(place.countryCode) : null;
  }
}
