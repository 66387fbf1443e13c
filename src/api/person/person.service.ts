import type { ApiLoaders } from '../api-loaders';
import { dateWindow } from '../common/date-window';
import { nameParams } from '../common/name-lookup';
import type { ChildField } from '../common/selection';
import { isCountAndNameSort, isIsoDateSort } from '../connection/cursor';
import { emptyPage, pageRequest, toPage, type PageResult } from '../connection/pagination';
import type { Country } from '../geo/country.type';
import { childFlags } from '../meeting/meeting-children';
import type { Meeting } from '../meeting/meeting.type';
import type { Counterpart } from './counterpart.type';
import type { Person } from './person.type';
import type { PersonRepository, ProfileRequest } from './person.repository';
import type { Position } from './position.type';
import type { PageArgs, SourcePageArgs, WindowPageArgs } from '../connection/page.args';
import { isSourceSort } from '../article/source.service';

/** The nested fields a request selects below a person (see `childField`). */
export interface PersonLookahead {
  positions: boolean;
  /** `sources` below `positions` */
  positionSources: ChildField | null;
  counterparts: ChildField | null;
  meetings: ChildField | null;
}

/** What to fetch with the person; undefined when nothing nested is selected. Bad arguments are left to the field resolvers. */
function profileRequest(ahead: PersonLookahead): ProfileRequest | undefined {
  const request: ProfileRequest = { positions: ahead.positions };
  try {
    if (ahead.positions && ahead.positionSources) {
      const { first, after } = ahead.positionSources.args as Partial<SourcePageArgs>;
      request.positionSources = pageRequest(first, after, isSourceSort);
    }
  } catch {
    delete request.positionSources;
  }
  try {
    if (ahead.counterparts) {
      const { first, after } = ahead.counterparts.args as Partial<PageArgs>;
      request.counterparts = pageRequest(first, after, isCountAndNameSort);
    }
  } catch {
    delete request.counterparts;
  }
  try {
    if (ahead.meetings) {
      const { first, after, from, to } = ahead.meetings.args as Partial<WindowPageArgs>;
      request.meetings = {
        page: pageRequest(first, after, isIsoDateSort),
        window: dateWindow(from, to),
        flags: childFlags(ahead.meetings.selected(['edges', 'node'])),
      };
    }
  } catch {
    delete request.meetings;
  }
  return request.positions || request.counterparts || request.meetings ? request : undefined;
}

export class PersonService {
  constructor(
    private readonly people: PersonRepository,
    private readonly loaders: ApiLoaders,
  ) {}

  async byName(name: string, ahead?: PersonLookahead): Promise<Person | null> {
    const params = nameParams(name);
    if (!params) return null;
    const request = ahead ? profileRequest(ahead) : undefined;
    if (!request) return this.people.byName(params);
    const found = await this.people.profileByName(params, request);
    if (!found) return null;
    // The field resolvers below ask the loaders with these same keys, so they answer from this statement.
    const id = found.person.id;
    if (request.positions) this.loaders.positions.prime(id, found.positions);
    if (request.positionSources)
      for (const { fact, rows } of found.positionSources)
        this.loaders.sources.prime({ id: fact, page: request.positionSources }, { rows });
    if (request.counterparts)
      this.loaders.counterparts.prime({ id, page: request.counterparts }, found.counterparts);
    if (request.meetings) {
      const { page, window } = request.meetings;
      this.loaders.personMeetings.prime({ id, page, window }, found.meetings);
    }
    return found.person;
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

  async meetings(person: Person, args: WindowPageArgs): Promise<PageResult<Meeting>> {
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
