import { countryOf, type CountryPair } from '../geo/country-pair';
import type { Counterpart } from './counterpart.type';
import type { Person } from './person.type';

// The list layout of fragments/person-fields (Cypher returns lists, not maps, so that Bolt carries no key per value);
// the order here and there is the same.

/** [id, name, aliases, title, countryCode, firstSeen, lastSeen, [country id, country name] or null] */
export type PersonTuple = [
  string,
  string,
  string[],
  string | null,
  string | null,
  string | null,
  string | null,
  CountryPair | null,
];

/** [sharedMeetings, firstDate, lastDate, ...PersonTuple] (fragments/counterpart-page) */
export type CounterpartTuple = [number, string | null, string | null, ...PersonTuple];

export function personFromTuple(t: PersonTuple): Person {
  return {
    id: t[0],
    label: 'Person',
    name: t[1],
    aliases: t[2],
    title: t[3],
    countryCode: t[4],
    firstSeen: t[5],
    lastSeen: t[6],
    country: countryOf(t[7]),
  };
}

export function counterpartFromTuple(t: CounterpartTuple): Counterpart {
  const [sharedMeetings, firstDate, lastDate, ...person] = t;
  return { sharedMeetings, firstDate, lastDate, person: personFromTuple(person) };
}
