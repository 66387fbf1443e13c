import type { ApiLoaders } from '../api-loaders';
import { nameParams } from '../common/name-lookup';
import { selectsDetail, type ChildField } from '../common/selection';
import { isIsoDateSort } from '../connection/cursor';
import { pageRequest, toPage, type PageResult } from '../connection/pagination';
import type { Country } from '../geo/country.type';
import type { Position } from '../person/position.type';
import type { Organization } from './organization.type';
import type { OrganizationProfileRequest, OrganizationRepository } from './organization.repository';
import type { PageArgs } from '../connection/page.args';

/** The nested fields a request selects below an organization (see `childField`). */
export interface OrganizationLookahead {
  relatives: boolean;
  people: ChildField | null;
}

/** What to fetch with the organization; undefined when nothing nested is selected. Bad arguments are left to the field resolvers. */
function profileRequest(ahead: OrganizationLookahead): OrganizationProfileRequest | undefined {
  const request: OrganizationProfileRequest = { relatives: ahead.relatives };
  if (ahead.people) {
    try {
      const { first, after } = ahead.people.args as Partial<PageArgs>;
      request.people = {
        page: pageRequest(first, after, isIsoDateSort),
        detail: positionDetail(ahead.people),
      };
    } catch {
      // left to the people resolver, which reports it
    }
  }
  return request.relatives || request.people ? request : undefined;
}

/** Whether a people connection selects more of a position's person or organization than id, label, name. */
export function positionDetail(people: Pick<ChildField, 'selected'>): boolean {
  return (
    selectsDetail(people.selected(['edges', 'node', 'person'])) ||
    selectsDetail(people.selected(['edges', 'node', 'organization']))
  );
}

export class OrganizationService {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly loaders: ApiLoaders,
  ) {}

  async byName(name: string, ahead?: OrganizationLookahead): Promise<Organization | null> {
    const params = nameParams(name);
    if (!params) return null;
    const request = ahead ? profileRequest(ahead) : undefined;
    if (!request) return this.organizations.byName(params);
    const found = await this.organizations.profileByName(params, request);
    if (!found) return null;
    // The field resolvers below ask the loaders with these same keys, so they answer from this statement.
    const id = found.organization.id;
    if (request.relatives) {
      this.loaders.relatives.prime(id, found.relatives);
      if (found.parent) this.loaders.organization.prime(found.parent.id, found.parent);
    }
    if (request.people) this.loaders.organizationPeople.prime({ id, ...request.people }, found.people);
    return found.organization;
  }

  async parent(org: Organization): Promise<Organization | null> {
    const { parentId } = await this.loaders.relatives.load(org.id);
    return parentId ? this.loaders.organization.load(parentId) : null;
  }

  async departments(org: Organization): Promise<Organization[]> {
    return (await this.loaders.relatives.load(org.id)).departments;
  }

  async people(
    org: Organization,
    first: number | null | undefined,
    after: string | null | undefined,
    detail: boolean,
  ): Promise<PageResult<Position>> {
    const page = pageRequest(first, after, isIsoDateSort);
    const found = await this.loaders.organizationPeople.load({ id: org.id, page, detail });
    return toPage(found.rows, page, found.total);
  }

  async country(org: Organization): Promise<Country | null> {
    if (org.country !== undefined) return org.country;
    return org.countryCode ? this.loaders.country.load(org.countryCode) : null;
  }
}
