// Titles written in the Commonwealth and ASEAN style: portfolios after "Minister for", honorifics between title and
// name, commas inside a portfolio, a state's name that opens on a title word (invented sentences).
import { extractArticle } from '../../../src/extract/extract-article';

function people(body: string): Array<[string, string | null, string | null]> {
  const r = extractArticle(`date: 2030-05-10\n\n${body}\n`);
  return r.people.map((p) => [p.name, p.title, p.country]);
}

describe('styled titles', () => {
  it('ends a "Minister for …" portfolio where a known given name begins', () => {
    expect(
      people('The Canadian Minister for Fisheries and Rural Protection Peter Larkin arrived on Monday.'),
    ).toContainEqual(['Peter Larkin', 'Minister for Fisheries and Rural Protection', 'CA']);
  });

  it('looks through "the Hon.", "Senator the Hon.", "HE", "Sec." and "Dato’" to the title', () => {
    const got = people(
      'Delegates included Canadian Attorney-General Senator the Hon. Mark Ellison QC, Irish Foreign Minister the Hon. Ann Brody TD, ' +
        'Thai National Security Adviser Sec. Somchai Wong, and Malaysian Deputy Minister of Home Affairs Dato’ Aziz Rahman.',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['Mark Ellison', 'Attorney-General', 'CA'],
        ['Ann Brody', 'Foreign Minister', 'IE'],
        ['Somchai Wong', 'National Security Adviser', 'TH'],
        ['Aziz Rahman', 'Deputy Minister of Home Affairs', 'MY'],
      ]),
    );
    expect(got.map((p) => p[0])).not.toContain('Sec');
  });

  it('keeps a comma inside a portfolio and a one-word name after "HE"', () => {
    expect(
      people(
        'The talks were chaired by Indonesian Coordinating Minister for Economic, Social and Cultural Affairs HE Suharno.',
      ),
    ).toContainEqual(['Suharno', 'Coordinating Minister for Economic, Social and Cultural Affairs', 'ID']);
  });

  it('reads "The Minister for X and Y, Name," as one office', () => {
    expect(
      people('The Minister for Fisheries and Rural Protection, Peter Larkin, arrived on Monday.'),
    ).toContainEqual(['Peter Larkin', 'Minister for Fisheries and Rural Protection', null]);
  });

  it('does not keep a state that opens on a title word ("New Zealand") in the title', () => {
    expect(people('New Zealand Trade Minister Ann Brody spoke on Monday.')).toContainEqual([
      'Ann Brody',
      'Trade Minister',
      'NZ',
    ]);
  });

  it("reads a demonym of two words inside a lower-case title as the holder's state", () => {
    expect(people('At a dinner, former South African president Thabo Nkosi backed the plan.')).toContainEqual(
      ['Thabo Nkosi', 'Former President', 'ZA'],
    );
  });

  it('keeps "People\'s" inside an institution\'s name in the title', () => {
    expect(
      people(
        "Ms Anna Kovac met with the Speaker of the People's Representative Assembly Mr Budi Santoso on Monday.",
      ),
    ).toContainEqual(['Budi Santoso', "Speaker of the People's Representative Assembly", null]);
  });

  it('keeps a body above states in the title, so that it names no state', () => {
    expect(people("They backed UN-Arab League Joint Special Envoy Maria Lind's peace plan.")).toContainEqual([
      'Maria Lind',
      'UN-Arab League Joint Special Envoy',
      null,
    ]);
  });
});

describe('names and states from the rest of the article', () => {
  it('takes a two-word name whose family name is said of a person elsewhere, but not an adjective before it', () => {
    const names = people(
      'The minister raised the case of Anneke Vroom with the president. Ms Vroom was arrested in May. Jewish Vroom supporters marched.',
    ).map((p) => p[0]);
    expect(names).toContain('Anneke Vroom');
    expect(names).not.toContain('Jewish Vroom');
  });

  it('gives a state office with no state of its own the state whose capital is the venue', () => {
    const r = extractArticle(
      'date: 2030-05-10\nsource: https://www.pm.gov.au/media/x\n\nPrime Minister Ann Brody met with President Budi Santoso in Jakarta to hold talks.\n',
    );
    expect(r.people.find((p) => p.name === 'Budi Santoso')?.country).toBe('ID');
  });
});
