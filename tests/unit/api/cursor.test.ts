import {
  decodeCursor,
  encodeCursor,
  isCountAndNameSort,
  isIsoDateSort,
  isNumberSort,
} from '../../../src/api/connection/cursor';
import { pageRequest, toPage } from '../../../src/api/connection/pagination';
import { ErrorCode } from '../../../src/errors/error-codes';
import { ParleyError } from '../../../src/errors/parley.error';

function rejection(fn: () => unknown): ParleyError {
  try {
    fn();
  } catch (e) {
    return e as ParleyError;
  }
  throw new Error('expected a rejection');
}

test('cursors round-trip as base64url JSON [sortValue, id]', () => {
  const c = encodeCursor('2024-07-24', 'meeting:x');
  expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(JSON.parse(Buffer.from(c, 'base64url').toString())).toEqual(['2024-07-24', 'meeting:x']);
  expect(decodeCursor(c, isIsoDateSort)).toEqual({ sort: '2024-07-24', id: 'meeting:x' });
  expect(decodeCursor(encodeCursor([3, 'Ma'], 'p'), isCountAndNameSort)).toEqual({
    sort: [3, 'Ma'],
    id: 'p',
  });
  expect(decodeCursor(encodeCursor(1.25, 'p'), isNumberSort).sort).toBe(1.25);
});

test.each([
  ['garbage', 'not base64 json!'],
  ['not JSON', Buffer.from('{{').toString('base64url')],
  ['wrong arity', Buffer.from('["2024-01-01"]').toString('base64url')],
  ['id not a string', Buffer.from('["2024-01-01", 5]').toString('base64url')],
  ['sort of the wrong type', encodeCursor(5, 'x')],
  ['a date that is not one', encodeCursor("2024' OR 1=1", 'x')],
  ['too long', 'A'.repeat(2000)],
])('a malformed cursor (%s) is BAD_USER_INPUT naming after', (_what, cursor) => {
  const e = rejection(() => decodeCursor(cursor, isIsoDateSort));
  expect(e.code).toBe(ErrorCode.BadUserInput);
  expect(e.details.argument).toBe('after');
});

test('first defaults to 20 and must be 0..100', () => {
  expect(pageRequest(undefined, undefined, isIsoDateSort).first).toBe(20);
  expect(pageRequest(null, null, isIsoDateSort).first).toBe(20);
  expect(pageRequest(100, null, isIsoDateSort).first).toBe(100);
  for (const bad of [-1, 101, 1e9, 1.5]) {
    const e = rejection(() => pageRequest(bad, null, isIsoDateSort));
    expect(e.details.argument).toBe('first');
  }
});

test('toPage keeps first rows and says whether more exist', () => {
  const rows = [1, 2, 3].map((i) => ({ sort: `2024-01-0${i}`, id: `m${i}`, node: { n: i } }));
  const page = pageRequest(2, null, isIsoDateSort);
  const result = toPage(rows, page, 7);
  expect(result.totalCount).toBe(7);
  expect(result.edges.map((e) => e.node.n)).toEqual([1, 2]);
  expect(result.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  expect(decodeCursor(result.pageInfo.endCursor!, isIsoDateSort)).toEqual({ sort: '2024-01-02', id: 'm2' });
  expect(toPage(rows.slice(0, 2), page, 2).pageInfo.hasNextPage).toBe(false);
});
