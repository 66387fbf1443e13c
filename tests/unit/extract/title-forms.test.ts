import { canonicalTitle, titleFormOfText } from '../../../src/extract/title-forms';

describe('the graph form of a title', () => {
  it.each([
    // "<head> of/for [the] <portfolio>" is the portfolio before the head
    ['Minister of Agriculture', 'Agriculture Minister'],
    ['Minister for Trade', 'Trade Minister'],
    ['Secretary of the Treasury', 'Treasury Secretary'],
    ['Secretary of Energy', 'Energy Secretary'],
    // with "Affairs": dropped after "Foreign" only, the form the post takes elsewhere
    ['Minister for Foreign Affairs', 'Foreign Minister'],
    ['Foreign Affairs Minister', 'Foreign Minister'],
    ['Minister of Home Affairs', 'Home Affairs Minister'],
    // modifiers stay in front
    ['Deputy Minister of Health', 'Deputy Health Minister'],
    // a numeric ordinal in words
    ['1st Vice Foreign Minister', 'First Vice Foreign Minister'],
    ['2nd Vice Minister of Defence', 'Second Vice Defense Minister'],
    ['First Vice Minister of Foreign Affairs', 'First Vice Foreign Minister'],
    ['former Minister of Finance', 'former Finance Minister'],
    ['deputy minister of Health', 'Deputy Health Minister'],
    // a hyphenated modifier, a second spelling, capitals, lower case
    ['Vice-Minister of Defence', 'Vice Defense Minister'],
    ['Chief of Defence', 'Chief of Defense'],
    ['National Security Advisor', 'National Security Adviser'],
    ['State Councillor', 'State Councilor'],
    ['Foreign Ministry Spokesman', 'Foreign Ministry Spokesperson'],
    ['spokeswoman', 'Spokesperson'],
    ['MINISTER FOR FOREIGN AFFAIRS', 'Foreign Minister'],
    ['spokesperson', 'Spokesperson'],
    ['Foreign Ministers', 'Foreign Minister'],
    ['Former Defence Secretary', 'former Defense Secretary'],
  ])('%s → %s', (written, form) => {
    expect(canonicalTitle(written)).toBe(form);
  });

  it.each([
    'Foreign Minister',
    'Prime Minister',
    'Secretary of State',
    'Deputy Secretary of State',
    'Minister of State for Europe',
    'Minister of Industry and Trade',
    'Minister for Immigration and Border Protection',
    'Permanent Secretary of the Ministry of Finance',
    'State Councilor and Foreign Minister',
    'Secretary-General',
    'member of the Standing Committee',
    'Chairman of the Council of Ministers',
  ])('leaves %s as written (another head, another post, or more after the portfolio)', (title) => {
    expect(canonicalTitle(title)).toBe(title);
  });

  it('is its own form: a title in the graph form keeps it', () => {
    for (const t of ['Minister for Foreign Affairs', 'Vice-Minister of Defence', 'MINISTER OF LABOUR'])
      expect(canonicalTitle(canonicalTitle(t))).toBe(canonicalTitle(t));
  });
});

describe('the graph form of a search text', () => {
  it('is the title form of a text that names a post, as typed', () => {
    expect(titleFormOfText('minister of defence')).toBe('Defense Minister');
    expect(titleFormOfText('Vice-Minister of Health')).toBe('Vice Health Minister');
    expect(titleFormOfText('spokesman')).toBe('Spokesperson');
  });

  it('is null for a text without a title head, whose spelling is its own', () => {
    expect(titleFormOfText('Labour Party')).toBeNull();
    expect(titleFormOfText('defence cooperation')).toBeNull();
  });
});
