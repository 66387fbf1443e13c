import { badUserInput } from '../common/user-input';
import { decodeCursor, encodeCursor, type SortValue } from './cursor';

export const DEFAULT_FIRST = 20;
export const MAX_FIRST = 100;

export interface PageRequest {
  /** rows wanted; the repositories fetch one more to learn whether a next page exists */
  first: number;
  afterSort: SortValue;
  afterId: string | null;
}

/** Validates `first` and `after`; a missing `first` means the default, an out-of-range one is an error. */
export function pageRequest(
  first: number | null | undefined,
  after: string | null | undefined,
  isSort: (v: unknown) => v is SortValue,
): PageRequest {
  const n = first ?? DEFAULT_FIRST;
  if (!Number.isInteger(n) || n < 0 || n > MAX_FIRST) {
    throw badUserInput('first', `must be an integer from 0 to ${MAX_FIRST}, got ${first}`);
  }
  if (after === null || after === undefined || after === '')
    return { first: n, afterSort: null, afterId: null };
  const cursor = decodeCursor(after, isSort);
  return { first: n, afterSort: cursor.sort, afterId: cursor.id };
}

/** Cypher parameters for a keyset page: `$limit` is first + 1. */
export function pageParams(page: PageRequest): {
  limit: number;
  afterSort: SortValue;
  afterId: string | null;
} {
  return { limit: page.first + 1, afterSort: page.afterSort, afterId: page.afterId };
}

export interface PageResult<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** Builds a connection from rows fetched with limit first + 1, each with its sort value. */
export function toPage<T>(
  rows: { sort: SortValue; id: string; node: T }[],
  page: PageRequest,
  totalCount: number,
): PageResult<T> {
  const kept = rows.slice(0, page.first);
  const edges = kept.map((r) => ({ cursor: encodeCursor(r.sort, r.id), node: r.node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export function emptyPage<T>(): PageResult<T> {
  return {
    totalCount: 0,
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
}
