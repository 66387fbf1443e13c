// People without a title before the name: speech and source cues, appositions, credits, name shapes.
import { extractArticle } from '../../../src/extract/extract-article';

const people = (body: string, source = 'news.example.com') =>
  extractArticle(`source: ${source}\n\n${body}\n`).people;
const names = (body: string) => people(body).map((p) => p.name);
const person = (body: string, name: string) => people(body).find((p) => p.name === name);

describe('people recall without a title', () => {
  it('reads "Sri"/"Seri" after a Malay honorific as part of the style, with the title before it', () => {
    const body =
      'The Prime Minister of Malaysia, Dato’ Sri Omar Rahman, spoke. Datuk Seri Ali Hassan also spoke.';
    expect(names(body)).toEqual(['Omar Rahman', 'Ali Hassan']);
    expect(person(body, 'Omar Rahman')?.title).toBe('Prime Minister');
  });

  it('takes no person from a quantifier before a plural, a plan or a field of work', () => {
    expect(
      names(
        'Most Ruritanians said in a vote they wanted to stay. It is part of a modern Marshall Plan for the world. ' +
          'Ministers backed the Counter Terrorism Financing Summit.',
      ),
    ).toEqual([]);
  });

  it('takes no person from a meeting or a group named before a plural title ("the X Foreign Ministers Ministerial")', () => {
    const body =
      'Minister Ana Ruiz met Secretary Paul Dorne at the second Coral Sea Foreign Ministers Ministerial in Suva. ' +
      'The Trade Ministers Summit and the Defense Ministers Dialogue follow in May. The Coral Sea Leaders met too.';
    expect(names(body).sort()).toEqual(['Ana Ruiz', 'Paul Dorne']);
  });

  it('finds a full name before a verb of speech, across an adverb', () => {
    expect(names('Talks stalled in May. Oskar Lindahl also warned that the deal was weak.')).toEqual([
      'Oskar Lindahl',
    ]);
  });

  it('finds the speaker after "said" and the source after "according to"', () => {
    expect(names('"It is fragile," said Ingrid Vale. According to Tomas Reyes, the talks ended.')).toEqual([
      'Ingrid Vale',
      'Tomas Reyes',
    ]);
  });

  it('finds a full name followed by ", who"', () => {
    expect(names('The letter came from Jonah Kettering, who met the envoy.')).toEqual(['Jonah Kettering']);
  });

  it('takes a private title and workplace from an apposition, and no state', () => {
    const p = person(
      'Derek Fowler, a senior defense analyst at the Lowell Corporation, said the deal failed.',
      'Derek Fowler',
    );
    expect(p).toMatchObject({ title: 'Senior Defense Analyst', country: null });
    const q = person(
      'Anna Lindqvist, a professor of international studies at Uppsala University, said so.',
      'Anna Lindqvist',
    );
    expect(q?.title).toBe('Professor of International Studies');
  });

  it('does not read "X, the official said" as a title of X', () => {
    expect(names('Both the rebels and Falange, the official said, want a deal.')).toEqual([]);
  });

  it("takes every full name in a reporters' credit line", () => {
    expect(
      names(
        'The vote is due in May.\n\nWith additional reporting from Niall Kerr, James Fraser and Amy Cole',
      ),
    ).toEqual(['Niall Kerr', 'James Fraser', 'Amy Cole']);
  });

  it('does not read a correspondent reporting from a place as a credit line', () => {
    expect(names('Our correspondent Tom Reyes, reporting from Camp Harmon, said the talks ended.')).toEqual([
      'Tom Reyes',
    ]);
  });

  it('takes a single name after an honorific', () => {
    expect(names('Mr Okonjo told reporters the deal was done.')).toEqual(['Okonjo']);
  });

  it('does not take the name of a place or a medium, but a titled surname that is also a place word', () => {
    expect(
      names('Officials met at Camp Harmon. Terry Fox News said nothing. Crowds filled Capitol Hill.'),
    ).toEqual([]);
    expect(names('Senator Rob Hill met him.')).toEqual(['Rob Hill']);
  });

  it('reads a title across an honorific before the name', () => {
    expect(person('The Minister for Trade, Dr Anna Wells, said so.', 'Anna Wells')?.title).toBe(
      'Minister for Trade',
    );
  });
});

describe('given names', () => {
  it('takes a capitalized pair opening with a common given name', () => {
    expect(names('The envoy later dined with Doug Farris and Kelly Brandt at the hotel.')).toEqual([
      'Doug Farris',
      'Kelly Brandt',
    ]);
  });

  it('takes a short family name with a hyphenated romanized given name', () => {
    expect(names('He succeeded Moon Jae-hyun in 2017.')).toEqual(['Moon Jae-hyun']);
  });

  it('does not take places and words that open like given names', () => {
    expect(names('Ships sailed past Second Thomas Shoal. Will Norway sign? Hope Street was closed.')).toEqual(
      [],
    );
  });
});

describe('name shapes', () => {
  it('keeps particles inside a name', () => {
    expect(
      names('Commission President Greta van der Berg said so. Ahmed bin Khalid al-Mansour said so.'),
    ).toEqual(['Greta van der Berg', 'Ahmed bin Khalid al-Mansour']);
  });

  it('joins a hyphenated name part only inside a full name', () => {
    expect(names('Jean-Luc Moreau said so. Anna Petit-Roux said so. The Moreau-Petit talks ended.')).toEqual([
      'Jean-Luc Moreau',
      'Anna Petit-Roux',
    ]);
  });

  it('keeps a quoted nickname in the name and gives the plain form as an alias', () => {
    const p = people('Under President Ferdinand "Ferdy" Lopez Jr, the islands took steps.')[0];
    expect(p?.name).toBe('Ferdinand "Ferdy" Lopez Jr');
    expect(p?.title).toBe('President');
    expect(p?.aliases).toContain('Ferdinand Lopez Jr');
  });
});

describe('titles', () => {
  it('reads a title of several modifiers in apposition after an honorific', () => {
    expect(
      person(
        'The side was co-chaired by Ms. Lena Marsh, Deputy Assistant Secretary, Bureau of Trade.',
        'Lena Marsh',
      )?.title,
    ).toBe('Deputy Assistant Secretary');
  });

  it('does not make a place a person through an apposition, nor run one title into the next person', () => {
    const r = people(
      'Today in Lisbon, U.S. Special Envoy for Trade Ambassador Mara Quill met Japanese Director Ken Oda.',
    );
    expect(r.map((p) => [p.name, p.title])).toEqual([
      ['Mara Quill', 'Special Envoy for Trade'],
      ['Ken Oda', 'Director'],
    ]);
  });

  it('keeps the body before the head out of the title, except a legislature', () => {
    expect(person('State Department spokesperson Mara Quill told reporters.', 'Mara Quill')?.title).toBe(
      'Spokesperson',
    );
    expect(person('National Assembly Representative Seo Jun met him.', 'Seo Jun')?.title).toBe(
      'National Assembly Representative',
    );
  });

  it('takes the state of the body a spokesman speaks for', () => {
    expect(person('Wu Fei, a spokesman for the Chinese Foreign Ministry, said so.', 'Wu Fei')).toMatchObject({
      title: 'Spokesman',
      country: 'CN',
    });
  });

  it('reads a title from a predicate, without the ordinal of the sentence', () => {
    expect(
      person('Luc Moreau has become the first French president to visit Cuba.', 'Luc Moreau'),
    ).toMatchObject({
      title: 'President',
      country: 'FR',
    });
  });

  it("reads a state's possessive inside an apposition's complement, and drops time words", () => {
    expect(
      person("Ivan Petrov, the sole member of Russia's parliament who voted no, spoke.", 'Ivan Petrov'),
    ).toMatchObject({ title: 'Member of Parliament', country: 'RU' });
    expect(
      person('It lists Uwe Brandt, current secretary-general of the council.', 'Uwe Brandt')?.title,
    ).toBe('Secretary-General');
  });

  it('reads "X, the Chinese foreign minister" without the adjective', () => {
    expect(person('Lin Jian, the Chinese foreign minister, said so.', 'Lin Jian')).toMatchObject({
      title: 'Foreign Minister',
      country: 'CN',
    });
  });
});
