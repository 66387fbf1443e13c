import { luceneQuery, searchQuery, searchTerms } from '../../../src/api/search/lucene-query';
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

test('a title worded another way than the graph stores titles adds the stored form as a phrase', () => {
  expect(searchQuery('Minister of Defence').query).toBe(
    '(minister of defence) OR "minister of defence"^4 OR (+minister +of +defence)^2 OR "defense minister"^6 OR defence*^0.5',
  );
  expect(searchQuery('vice-minister for foreign affairs').query).toContain('"vice foreign minister"^6');
  expect(searchQuery('SPOKESMAN').query).toBe('(spokesman) OR spokesperson OR spokesman*^0.5');
  expect(searchQuery('Labour Party').query).toBe(luceneQuery(['labour', 'party'])); // a post's spelling, not a party's
  // a text already in the stored form, or no title at all, asks nothing more
  expect(searchQuery('Defense Minister').query).toBe(luceneQuery(['defense', 'minister']));
  expect(searchQuery('strategic dialogue').query).toBe(luceneQuery(['strategic', 'dialogue']));
  expect(searchQuery('Kim Hong-kyun').terms).toEqual(['kim', 'hong', 'kyun']);
  // what a hit is highlighted by: the words typed and the stored form's
  expect(searchQuery('Spokesman').terms).toEqual(['spokesman', 'spokesperson']);
});
