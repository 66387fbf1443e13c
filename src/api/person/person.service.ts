import type { ApiLoaders } from '../api-loaders';
import { dateWindow } from '../common/date-window';
import { nameParams } from '../common/name-lookup';
import { isCountAndNameSort, isIsoDateSort } from '../connection/cursor';
import { emptyPage, pageRequest, toPage, type PageResult } from '../connection/pagination';
import type { Country } from '../geo/country.type';
import type { Meeting } from '../meeting/meeting.type';
import type { Counterpart } from './counterpart.type';
import type { Person } from './person.type';
import type { PersonRepository } from './person.repository';
import type { Position } from './position.type';

export class PersonService {
  constructor(
    private readonly people: PersonRepository,
    private readonly loaders: ApiLoaders,
  ) {}

  async byName(name: string): Promise<Person | null> {
    const params = nameParams(name);
    return params ? this.people.byName(params) : null;
  }

  async counterpartsByName(
    name: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<PageResult<Counterpart> & { person: Person | null }> {
    const page = pageRequest(first, after, isCountAndNameSort);
    const params = nameParams(name);
    if (!params) return { ...emptyPage<Counterpart>(), person: null };
    const found = await this.people.counterpartsByName(params, page);
    return { ...toPage(found.rows, page, found.total), person: found.person };
  }

  async counterparts(
    person: Person,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<PageResult<Counterpart>> {
    const page = pageRequest(first, after, isCountAndNameSort);
    const found = await this.loaders.counterparts.load({ id: person.id, page });
    return toPage(found.rows, page, found.total);
  }

  async meetings(
    person: Person,
    args: { first?: number | null; after?: string | null; from?: string | null; to?: string | null },
  ): Promise<PageResult<Meeting>> {
    const page = pageRequest(args.first, args.after, isIsoDateSort);
    const window = dateWindow(args.from, args.to);
    const found = await this.loaders.personMeetings.load({ id: person.id, page, window });
    return toPage(found.rows, page, found.total);
  }

  positions(person: Person): Promise<Position[]> {
    return this.loaders.positions.load(person.id);
  }

  /** Prefetched with the person when the statement could; else one batched lookup per request level. */
  async country(holder: { country?: Country | null; countryCode: string | null }): Promise<Country | null> {
    if (holder.country !== undefined) return holder.country;
    return holder.countryCode ? this.loaders.country.load(holder.countryCode) : null;
  }
}
