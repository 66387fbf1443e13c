import type { QueryRunner } from '../../neo4j/neo4j-client';
import type { Country } from './country.type';

const Q = { countries: 'queries/countries-by-ids' } as const;

export class GeoRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  async countriesByIds(ids: readonly string[]): Promise<Country[]> {
    const rows = await this.runner.read<{ country: Country }>(Q.countries, { ids });
    return rows.map((r) => r.country);
  }
}
