// Person-country: the state comes from the person's own words or office, never from the outlet alone.
import { extractArticle } from '../../../src/extract/extract-article';
import { datelineCity, publisherCountry } from '../../../src/extract/publisher';

const people = (source: string, body: string) =>
  extractArticle(`source: ${source}\n\n${body}\n`).people.map((p) => ({
    name: p.name,
    title: p.title,
    country: p.country,
  }));

const countryOf = (source: string, body: string, name: string) =>
  people(source, body).find((p) => p.name === name)?.country;

describe('person-country', () => {
  it("gives the counterpart abroad of a national paper's own Foreign Secretary the office others call it", () => {
    const ps = people(
      'news.example.co.uk',
      'Foreign Secretary Tom Hale flew to Lisbon on Monday. Mr Hale and his Portuguese counterpart Rui Costa agreed to meet again.',
    );
    expect(ps.find((p) => p.name === 'Rui Costa')).toEqual({
      name: 'Rui Costa',
      title: 'Foreign Minister',
      country: 'PT',
    });
  });

  it('reads "First Lady" as a post that shares the state of the head of state beside it, not as the style "Lady"', () => {
    expect(
      people(
        'www.whitehouse.gov',
        'They discussed the State Visit by Kenyan President Daniel Otieno and First Lady Grace Otieno in May.',
      ),
    ).toEqual([
      { name: 'Daniel Otieno', title: 'President', country: 'KE' },
      { name: 'Grace Otieno', title: 'First Lady', country: 'KE' },
    ]);
  });

  it("gives an unqualified state office the publisher's state", () => {
    expect(
      countryOf('news.example.com.au', 'Prime Minister Olivia Tanner met farmers.', 'Olivia Tanner'),
    ).toBe('AU');
  });

  it("gives a second president the free state beside them, not the publisher's, whose president is already named", () => {
    const ps = people(
      'www.state.gov',
      'President John Carver spoke on Monday. Former President Tom Hale agreed. ' +
        'Peru has moved closer to the US since the election of President Ivo Brandt.',
    );
    expect(ps.map((p) => [p.name, p.country])).toEqual([
      ['John Carver', 'US'],
      ['Tom Hale', 'US'],
      ['Ivo Brandt', 'PE'],
    ]);
  });

  it('gives an office above states in a list no state of the title before it', () => {
    const ps = people(
      'news.example.com',
      'Also due to attend are US Secretary of State Ana Ruiz, UN Secretary General Tom Hale and others.',
    );
    expect(ps.map((p) => [p.name, p.country])).toEqual([
      ['Ana Ruiz', 'US'],
      ['Tom Hale', null],
    ]);
  });

  it("puts an untitled person who met only foreign officials on a national outlet's side", () => {
    const ps = people(
      'www.bbc.co.uk',
      'Tony Hale has met Italian Prime Minister Ana Ruiz and German Chancellor Ken Abe.',
    );
    expect(ps.map((p) => [p.name, p.country])).toEqual([
      ['Tony Hale', 'GB'],
      ['Ana Ruiz', 'IT'],
      ['Ken Abe', 'DE'],
    ]);
    // with no national outlet, nothing says whose side they are on
    expect(
      people('wire.example.com', 'Tony Hale has met Italian Prime Minister Ana Ruiz.')[0]!.country,
    ).toBeNull();
  });

  it('does not take "Senator" or "Secretary of State for" as American', () => {
    expect(countryOf('news.example.org', 'Senator Rob Hill met farmers.', 'Rob Hill')).toBeNull();
    expect(
      countryOf('news.example.org', 'Secretary of State for Defence Ian Marsh met farmers.', 'Ian Marsh'),
    ).toBeNull();
  });

  it('leaves private people without a stated state at null', () => {
    const body =
      'Lowell Institute director Paul Brandt said the talks failed. ' +
      'Regional analyst Maria Ostrova said the meeting showed progress.';
    expect(countryOf('cnn.com', body, 'Paul Brandt')).toBeNull();
    expect(countryOf('cnn.com', body, 'Maria Ostrova')).toBeNull();
  });

  it('leaves officials of bodies above states at null', () => {
    const body = 'European Council President Pieter Janssens answered the letter.';
    expect(countryOf('cnn.com', body, 'Pieter Janssens')).toBeNull();
  });

  it('does not give a bare name the outlet state', () => {
    const body = 'Tom Harlow said the convoy had left. Prime Minister Ana Ruiz spoke next.';
    expect(countryOf('cnn.com', body, 'Tom Harlow')).toBeNull();
  });

  it("takes a state's possessive across epithets before the title", () => {
    const body = "Hungary's far-right Prime Minister Viktor Kovacs has upset the bloc's leaders.";
    expect(countryOf('cnn.com', body, 'Viktor Kovacs')).toBe('HU');
  });

  it('does not read a state named before a comma as the next name', () => {
    const body = 'After the attack on Portugal, Daniel Moreau criticized the minister.';
    expect(countryOf('cnn.com', body, 'Daniel Moreau')).not.toBe('PT');
  });

  it('does not split a president and a former president into two states', () => {
    const body = 'President Joe Harlan met former President Don Tamp at the White House on Friday.';
    const r = people('cnn.com', body);
    expect(r.map((p) => p.country)).toEqual(['US', 'US']);
  });

  it('gives a predecessor the state of the office holder they preceded', () => {
    const body =
      'Ties improved under South Korean President Park Min-ho, who succeeded Choi Dae-sung in 2020.';
    expect(countryOf('cnn.com', body, 'Choi Dae-sung')).toBe('KR');
  });

  it('gives an office in a party or movement of one state that state', () => {
    expect(
      countryOf(
        'cnn.com',
        'At a news conference, Hamas delegation representative Musa Karim said so.',
        'Musa Karim',
      ),
    ).toBe('PS');
    expect(
      countryOf('cnn.com', "Hassan Badri, a member of Hamas' Political Bureau, said so.", 'Hassan Badri'),
    ).toBe('PS');
  });

  it('reads short press demonyms', () => {
    expect(countryOf('cnn.com', 'Saudi Crown Prince Faisal bin Nasser attended.', 'Faisal bin Nasser')).toBe(
      'SA',
    );
  });
});

describe('person-country with no publisher', () => {
  const noSource = (body: string) => extractArticle(`${body}\n`).people;
  const stateOf = (body: string, name: string) => noSource(body).find((p) => p.name === name)?.country;

  it('takes the one state named beside an unqualified office holder', () => {
    const body =
      "Talks in Quito ended. Ecuador's Foreign Minister Rosa Vidal attended. " +
      'The rebels fled Peru and sought help from President Hugo Salas.';
    expect(stateOf(body, 'Hugo Salas')).toBe('PE');
  });

  it('does not give an office to a state whose holder of it is already named', () => {
    const body =
      'French President Luc Moreau arrived in Cuba on Monday, the first such trip to Cuba in decades. ' +
      'He later held talks with President Mario Vega.';
    expect(stateOf(body, 'Mario Vega')).toBe('CU');
  });
});

describe('publisher and dateline', () => {
  it('reads a state from a country-code host, and ".gov" only on its own', () => {
    expect(publisherCountry('media.pm.gov.au', null, '')).toBe('AU');
    expect(publisherCountry('https://www.example.gov/x', null, '')).toBe('US');
    expect(publisherCountry('news.example.co.uk', null, '')).toBe('GB');
  });

  it('does not read a file extension in a path as a host', () => {
    expect(publisherCountry('github.com/someone/archive/2015/story.md', null, '')).toBeNull();
  });

  it('reads wire datelines with or without an agency', () => {
    expect(datelineCity('WASHINGTON, March 11 - The talks began.')).toBe('Washington');
    expect(datelineCity('NEW YORK (Reuters) - Talks began.')).toBe('New York');
    expect(datelineCity('Hanoi, May 2 (VNA) -- Talks began.')).toBe('Hanoi');
    expect(datelineCity('The talks - which began on Monday - ended.')).toBeNull();
  });

  it('gives the holder of a territory\'s own office that territory ("Gibraltar\'s Chief Minister"), not a place alone', () => {
    const x = extractArticle(
      "source: www.bbc.co.uk\n\nGibraltar's Chief Minister Tom Hale and Greenland Premier Ana Ruiz met the envoy. " +
        'The envoy then flew to Bermuda.\n',
    );
    expect(x.people.map((p) => [p.name, p.country])).toEqual([
      ['Tom Hale', 'GI'],
      ['Ana Ruiz', 'GL'],
    ]);
    expect(x.countries.map((c) => c.code).sort()).toEqual(['GI', 'GL']);
  });

  it('gives the envoy a state sends ("Kosovo sent its chief negotiator, X") that state, not the outlet\'s', () => {
    expect(
      countryOf(
        'www.bbc.co.uk',
        'Talks resumed on Monday, and Kosovo sent its chief negotiator, Olga Marsh.',
        'Olga Marsh',
      ),
    ).toBe('XK');
  });

  it("never gives a US outlet's state to an emperor", () => {
    expect(countryOf('apnews.com', 'The envoy met Emperor Hiro in the palace on Monday.', 'Hiro')).not.toBe(
      'US',
    );
  });

  it("gives no minister the state of a publisher whose government has none: the venue's state, else none", () => {
    // the US government's departments are led by secretaries; its releases name other states' ministers
    const body =
      'Deputy Secretary of State Jane Doe met today with Secretary of Foreign Affairs Arun Sakda, Jr., in Manila. ' +
      'Later she met Vice Defense Minister Lee Dowan.';
    const ps = people('www.state.gov', body);
    expect(ps.map((p) => [p.name, p.country])).toEqual([
      ['Jane Doe', 'US'],
      ['Arun Sakda, Jr.', 'PH'],
      ['Lee Dowan', null],
    ]);
    // a state that has ministers keeps the publisher's rule
    expect(
      countryOf('news.example.com.au', 'Defence Minister Olivia Tanner met farmers.', 'Olivia Tanner'),
    ).toBe('AU');
  });

  it('reads a state before a numeric ordinal title ("Republic of Ruritania 1st Vice Minister")', () => {
    const ps = people(
      'www.whitehouse.gov',
      'The Advisor met today with Republic of Korea 1st Vice Foreign Minister Lee Dowan in Washington.',
    );
    expect(ps.find((p) => p.name === 'Lee Dowan')).toEqual({
      name: 'Lee Dowan',
      title: '1st Vice Foreign Minister',
      country: 'KR',
    });
  });

  it("gives the leaders a passive clause names for a side that side's state, until the other side's clause", () => {
    const body =
      'The two governments held a dialogue in Bergen. The Norwegian side was co-chaired by Ms. Ana Ruiz, ' +
      'Director-General, Policy Bureau, and Mr. Tom Hale, Deputy Director-General, while the Chilean side was ' +
      'headed by Mr. Ivo Brandt, Deputy Assistant Secretary.';
    const ps = people('www.state.gov', body);
    expect(ps.map((p) => [p.name, p.country])).toEqual([
      ['Ana Ruiz', 'NO'],
      ['Tom Hale', 'NO'],
      ['Ivo Brandt', 'CL'],
    ]);
  });

  it('gives a leader the state a clause opened by "Under <title> X," is about', () => {
    const body =
      'Under President Ana Ruiz Jr, the Philippines has taken assertive steps. Under Prime Minister Tom Hale, ' +
      'Norway’s economy grew. Under President Ivo Brandt the law passed.';
    expect(people('www.cnn.com', body).map((p) => [p.name, p.country])).toEqual([
      ['Ana Ruiz Jr', 'PH'],
      ['Tom Hale', 'NO'],
      // no clause subject after a comma: the outlet's president
      ['Ivo Brandt', 'US'],
    ]);
  });

  it('gives a holder the state and body of the unnamed holder of the office just before, unless another comes between', () => {
    const body =
      'A Chilean Foreign Ministry spokesperson said Monday that Santiago had agreed. The missions could only take ' +
      'place “if Peru informs Chile,” spokesperson Ana Ruiz told a news briefing. Spokesperson Tom Hale disagreed.';
    const x = extractArticle(`source: www.cnn.com\n\n${body}\n`);
    const ruiz = x.people.find((p) => p.name === 'Ana Ruiz')!;
    expect(ruiz.country).toBe('CL');
    expect(x.organizations.find((o) => o.id === ruiz.organization)).toMatchObject({
      name: 'Ministry of Foreign Affairs',
      country: 'CL',
    });
    expect(x.people.find((p) => p.name === 'Tom Hale')!.country).toBe('US');
  });

  it('gives a joint envoy no state, nor the state whose support for the envoy a possessive names', () => {
    const body =
      'Senator Carr reiterated Chile’s strong support for Joint Special Envoy Ivo Brandt’s plan. ' +
      'Hungary’s far-right Prime Minister Tom Hale spoke.';
    expect(Object.fromEntries(people('news.example.com.au', body).map((p) => [p.name, p.country]))).toEqual({
      Carr: 'AU',
      'Ivo Brandt': null,
      'Tom Hale': 'HU',
    });
  });
});
