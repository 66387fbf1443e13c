import type { ApiLoaders } from '../api-loaders';
import { nameParams } from '../common/name-lookup';
import { isIsoDateSort } from '../connection/cursor';
import { pageRequest, toPage, type PageResult } from '../connection/pagination';
import type { Country } from '../geo/country.type';
import type { Position } from '../person/position.type';
import type { Organization } from './organization.type';
import type { OrganizationRepository } from './organization.repository';

export class OrganizationService {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly loaders: ApiLoaders,
  ) {}

  async byName(name: string): Promise<Organization | null> {
    const params = nameParams(name);
    return params ? this.organizations.byName(params) : null;
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
  ): Promise<PageResult<Position>> {
    const page = pageRequest(first, after, isIsoDateSort);
    const found = await this.loaders.organizationPeople.load({ id: org.id, page });
    return toPage(found.rows, page, found.total);
  }

  async country(org: Organization): Promise<Country | null> {
    if (org.country !== undefined) return org.country;
    return org.countryCode ? this.loaders.country.load(org.countryCode) : null;
  }
}
