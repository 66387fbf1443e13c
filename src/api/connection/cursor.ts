import { badUserInput } from '../common/user-input';

// Keyset cursors: base64url of JSON [sortValue, id]; opaque to clients, validated on the way back in.

export type SortValue = string | number | null | (string | number)[];

export function encodeCursor(sortValue: SortValue, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id]), 'utf8').toString('base64url');
}

/** Decodes a cursor; anything malformed, or with a sort value `isSort` rejects, is BAD_USER_INPUT naming the argument. */
export function decodeCursor(
  cursor: string,
  isSort: (v: unknown) => v is SortValue,
  argument = 'after',
): { sort: SortValue; id: string } {
  const fail = () => badUserInput(argument, 'is not a cursor this API returned');
  if (cursor.length > 1000 || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw fail();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw fail();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw fail();
  const [sort, id] = parsed as unknown[];
  if (typeof id !== 'string' || !isSort(sort)) throw fail();
  return { sort, id };
}

export const isIsoDateSort = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
export const isNumberSort = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isStringSort = (v: unknown): v is string => typeof v === 'string' && v.length <= 1000;
export const isCountAndNameSort = (v: unknown): v is [number, string] =>
  Array.isArray(v) && v.length === 2 && isNumberSort(v[0]) && isStringSort(v[1]);
