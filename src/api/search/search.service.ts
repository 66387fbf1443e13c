import { isNumberSort } from '../connection/cursor';
import { emptyPage, pageRequest, toPage, type PageResult } from '../connection/pagination';
import { searchQuery } from './lucene-query';
import type { SearchHit } from './search-hit.type';
import type { SearchRepository } from './search.repository';
import { snippet } from './snippet';

export class SearchService {
  constructor(private readonly search: SearchRepository) {}

  async find(
    text: string,
    labels: string[] | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<PageResult<SearchHit>> {
    const page = pageRequest(first, after, isNumberSort);
    const { terms, query } = searchQuery(text);
    if (!query || (labels && labels.length === 0)) return emptyPage();
    const found = await this.search.search(query, labels ?? null, page);
    const rows = found.rows.map((r) => {
      const aliases = r.aliasText && r.aliasText !== r.name ? r.aliasText : null;
      const { snippet: text, highlights } = snippet([r.name, aliases, r.title], terms);
      const node: SearchHit = {
        id: r.id,
        label: r.label,
        name: r.name,
        score: r.score,
        snippet: text,
        highlights,
        date: r.date,
      };
      return { sort: r.sort, id: r.id, node };
    });
    return toPage(rows, page, found.total);
  }
}
