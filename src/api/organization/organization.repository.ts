import type { QueryRunner } from '../../neo4j/neo4j-client';
import type { NameParams } from '../common/name-lookup';
import { pageParams, type PageRequest } from '../connection/pagination';
import type { Position } from '../person/position.type';
import type { Organization } from './organization.type';

const Q = {
  byName: 'queries/organization-by-name',
  byIds: 'queries/organizations-by-ids',
  relatives: 'queries/organization-relatives',
  people: 'queries/organization-people',
  profile: 'queries/organization-profile',
} as const;

export type Relatives = {
  parentId: string | null;
  departments: Organization[];
};

export interface PositionRows {
  total: number;
  rows: { sort: string; id: string; node: Position }[];
}

/** What a request selects below an organization, fetched with it: absent means not selected. */
export interface OrganizationProfileRequest {
  relatives: boolean;
  /** the people page; detail: whether more than id, label, name of their people and organizations is selected */
  people?: { page: PageRequest; detail: boolean };
}

export interface OrganizationProfile {
  organization: Organization;
  parent: Organization | null;
  relatives: Relatives;
  people: PositionRows;
}

type PositionPage = { total: number; nodes: { sort: string; key: string; node: Position }[] };

const positionRows = (page: PositionPage): PositionRows => ({
  total: page.total,
  rows: page.nodes.map((n) => ({ sort: n.sort, id: n.key, node: n.node })),
});

export class OrganizationRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  async byName(name: NameParams): Promise<Organization | null> {
    const [row] = await this.runner.read<{ organization: Organization }>(Q.byName, {
      name: name.name,
      key: name.key,
    });
    return row?.organization ?? null;
  }

  /** The organization a name means with what `request` selects below it, in one statement. */
  async profileByName(
    name: NameParams,
    request: OrganizationProfileRequest,
  ): Promise<OrganizationProfile | null> {
    const [row] = await this.runner.read<{
      organization: Organization;
      parent: Organization | null;
      departments: Organization[] | null;
      people: PositionPage;
    }>(Q.profile, {
      name: name.name,
      key: name.key,
      include: { relatives: request.relatives, people: !!request.people },
      people: request.people
        ? { ...pageParams(request.people.page), detail: request.people.detail }
        : { limit: 0, afterSort: null, afterId: null, detail: false },
    });
    if (!row) return null;
    return {
      organization: row.organization,
      parent: row.parent,
      relatives: { parentId: row.parent?.id ?? null, departments: row.departments ?? [] },
      people: positionRows(row.people),
    };
  }

  async byIds(ids: readonly string[]): Promise<Organization[]> {
    const rows = await this.runner.read<{ organization: Organization }>(Q.byIds, { ids });
    return rows.map((r) => r.organization);
  }

  async relativesByIds(ids: readonly string[]): Promise<Map<string, Relatives>> {
    const rows = await this.runner.read<Relatives & { id: string }>(Q.relatives, { ids });
    return new Map(rows.map((r) => [r.id, { parentId: r.parentId, departments: r.departments }]));
  }

  /** Titles held in each organization or its departments, one keyset page per organization. */
  async peopleByIds(
    ids: readonly string[],
    page: PageRequest,
    detail: boolean,
  ): Promise<Map<string, PositionRows>> {
    const rows = await this.runner.read<PositionPage & { id: string }>(Q.people, {
      ids,
      ...pageParams(page),
      detail,
    });
    return new Map(rows.map((r) => [r.id, positionRows(r)]));
  }
}
