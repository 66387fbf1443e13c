import type { Country } from './country.type';

/** A prefetched country as list-shaped statements return it (fragments/person-fields, fragments/place-fields). */
export type CountryPair = [id: string, name: string];

export function countryOf(pair: CountryPair | null): Country | null {
  return pair ? { id: pair[0], label: 'Country', name: pair[1] } : null;
}
