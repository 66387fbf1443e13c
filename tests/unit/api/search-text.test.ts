import { luceneQuery, searchTerms } from '../../../src/api/search/lucene-query';
import { highlightRanges, snippet } from '../../../src/api/search/snippet';
import { ParleyError } from '../../../src/errors/parley.error';

test('search terms are folded words only, so no Lucene syntax survives', () => {
  expect(searchTerms('Kim Hong-kyun')).toEqual(['kim', 'hong', 'kyun']);
  expect(searchTerms('"quoted" \\ back AND OR NOT ~ ^ * ?:')).toEqual(['quoted', 'back', 'and', 'or', 'not']);
  expect(searchTerms('Sécurité')).toEqual(['securite']);
  expect(searchTerms('!!!')).toEqual([]);
});

test('a very long search text is BAD_USER_INPUT naming text', () => {
  expect(() => searchTerms('x'.repeat(10_000))).toThrow(ParleyError);
  try {
    searchTerms('x'.repeat(201));
  } catch (e) {
    expect((e as ParleyError).details.argument).toBe('text');
  }
});

test('the Lucene query ranks phrases, all words, any word, and a prefix of the last', () => {
  expect(luceneQuery([])).toBeNull();
  expect(luceneQuery(['blinken'])).toBe('(blinken) OR blinken*^0.5');
  expect(luceneQuery(['kim', 'hong'])).toBe('(kim hong) OR "kim hong"^4 OR (+kim +hong)^2 OR hong*^0.5');
  // lowercase words keep Lucene's AND/OR/NOT keywords from acting as operators
  expect(luceneQuery(searchTerms('MATCH AND DELETE'))).toContain('(match and delete)');
});

test('snippets highlight word starts and cut long text around the first match', () => {
  expect(highlightRanges('Kim Hong-kyun', ['hong', 'kim'])).toEqual([
    { start: 0, end: 3 },
    { start: 4, end: 8 },
  ]);
  expect(highlightRanges('Pyongyang', ['yang'])).toEqual([]);
  const long = 'a '.repeat(200) + 'Blinken met Wang' + ' b'.repeat(200);
  const s = snippet([long], ['wang']);
  expect(s.snippet.startsWith('…')).toBe(true);
  const [h] = s.highlights;
  expect(s.snippet.slice(h!.start, h!.end)).toBe('Wang');
  expect(snippet(['Ma Zhaoxu', 'Zhaoxu Ma | Ma Zhaoxu'], ['zhaoxu']).snippet).toBe('Ma Zhaoxu');
});
