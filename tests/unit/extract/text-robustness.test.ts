// Text as scrapers and PDF extraction leave it: wrapped lines, glued words, capitals, datelines.
import { extractArticle } from '../../../src/extract/extract-article';
import { headlineCase } from '../../../src/extract/people.extractor';
import { splitSentences } from '../../../src/extract/sentence-splitter';

describe('line breaks', () => {
  const wrapped =
    'MEDIA RELEASE\n\nTalks with Freedonia\n\n' +
    'Today I met the President of Freedonia, His Excellency Mr Rufus Firefly, in\n' +
    'Canberra to discuss trade and security between our two nations. The Minister for\n' +
    'Trade, Mr Tom Baird, attended the talks with Foreign Minister Chico Marx, who\n' +
    'said the visit had been useful to both of our governments and their peoples.\n\n' +
    'Page 1 of 2';

  it('joins a sentence wrapped across lines and keeps headings and page furniture apart', () => {
    const texts = splitSentences(wrapped).map((s) => s.text.replace(/\s+/g, ' '));
    expect(texts).toEqual([
      'MEDIA RELEASE',
      'Talks with Freedonia',
      'Today I met the President of Freedonia, His Excellency Mr Rufus Firefly, in Canberra to discuss trade and security between our two nations.',
      'The Minister for Trade, Mr Tom Baird, attended the talks with Foreign Minister Chico Marx, who said the visit had been useful to both of our governments and their peoples.',
      'Page 1 of 2',
    ]);
  });

  it('reads a title and a name split across a line break', () => {
    const people = extractArticle(`source: example.org\n\n${wrapped}\n`).people;
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ['Rufus Firefly', null],
      ['Tom Baird', 'Minister for Trade'],
      ['Chico Marx', 'Foreign Minister'],
    ]);
  });

  it('still ends a sentence at a line break after a full stop or a short line', () => {
    const texts = splitSentences(
      'Office of the Press Secretary\nThe talks ended.\nThey met again in May.',
    ).map((s) => s.text);
    expect(texts).toEqual(['Office of the Press Secretary', 'The talks ended.', 'They met again in May.']);
  });
});

describe('scraper glue', () => {
  it('splits a title or honorific glued to the next name', () => {
    const people = extractArticle('Respected ComradeRi Son Gil inspected the plant.\n').people;
    expect(people.map((p) => p.name)).toEqual(['Ri Son Gil']);
    expect(extractArticle('PresidentAmos Tull spoke.\n').people[0]).toMatchObject({
      name: 'Amos Tull',
      title: 'President',
    });
  });

  it('splits a name part glued to the next word when the part stands alone elsewhere', () => {
    const text =
      'title: Comrade Ri Son Gil Receives Envoy\n\nComrade Ri Son Gilexpressed thanks. Ri Son Gilsaid the talks went well. ' +
      'Ri Son Gilwarmly greeted the envoy.\n';
    expect(extractArticle(text).people.map((p) => p.name)).toEqual(['Ri Son Gil']);
  });

  it('leaves names with inner capitals whole', () => {
    expect(extractArticle('Ewan McDonald said the plan would work.\n').people.map((p) => p.name)).toEqual([
      'Ewan McDonald',
    ]);
  });
});

describe('capitals', () => {
  it('reads a headline in capitals in title case, keeping acronyms', () => {
    expect(headlineCase('DPRK PREMIER RI SON GIL MEETS UN ENVOY')).toBe(
      'DPRK Premier Ri Son Gil Meets UN Envoy',
    );
  });

  it('takes the title a capitals headline gives', () => {
    const r = extractArticle(
      'title: DPRK PREMIER RI SON GIL MEETS ENVOY\n\nRi Son Gil met the envoy on Monday.\n',
    );
    expect(r.people[0]).toMatchObject({ name: 'Ri Son Gil', title: 'Premier' });
  });
});
