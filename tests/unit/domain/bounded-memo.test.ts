import { boundedMemo } from '../../../src/domain/bounded-memo';

describe('boundedMemo', () => {
  it('computes each key once, including keys whose value is undefined', () => {
    const seen: string[] = [];
    const f = boundedMemo((k: string) => {
      seen.push(k);
      return k === 'none' ? undefined : k.toUpperCase();
    });
    expect([f('a'), f('a'), f('none'), f('none'), f('b')]).toEqual(['A', 'A', undefined, undefined, 'B']);
    expect(seen).toEqual(['a', 'none', 'b']);
  });

  it('forgets everything once full, so its memory stays bounded', () => {
    let calls = 0;
    const f = boundedMemo((k: string) => (calls++, k.length), 2);
    f('a');
    f('bb');
    f('a');
    expect(calls).toBe(2);
    f('ccc'); // full: the cache empties before this entry
    f('a');
    expect(calls).toBe(4);
  });
});
