import type { QueryRunner } from '../../neo4j/neo4j-client';
import { pageParams, type PageRequest } from '../connection/pagination';

const Q = { search: 'queries/search' } as const;

export interface SearchRow {
  sort: number;
  id: string;
  label: string;
  score: number;
  name: string;
  aliasText: string | null;
  title: string | null;
  date: string | null;
}

// Hits beyond this many are not ranked or counted: a search is for finding, not for exporting the graph.
export const MAX_SEARCH_HITS = 1000;

export class SearchRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  async search(
    query: string,
    labels: string[] | null,
    page: PageRequest,
  ): Promise<{ total: number; rows: SearchRow[] }> {
    const [row] = await this.runner.read<{ total: number; nodes: SearchRow[] }>(Q.search, {
      query,
      labels,
      max: MAX_SEARCH_HITS,
      ...pageParams(page),
    });
    return { total: row?.total ?? 0, rows: row?.nodes ?? [] };
  }
}
