// Titles in the annotation guide's form: the office without the state adjective, one office per person.
import { extractArticle } from '../../../src/extract/extract-article';

const person = (body: string, name: string) =>
  extractArticle(`source: news.example.com\n\n${body}\n`).people.find((p) => p.name === name);

describe('titles', () => {
  it('keeps portfolio words and modifiers of a lower-case title ("foreign affairs spokesman", "shadow ... minister")', () => {
    const body =
      'Opposition foreign affairs spokesman Tom Hale called the plan naive. Charity senior policy adviser Ana Ruiz ' +
      'welcomed it, and shadow Europe minister Lia Borg said no.';
    expect(person(body, 'Tom Hale')?.title).toBe('Foreign Affairs Spokesman');
    expect(person(body, 'Ana Ruiz')?.title).toBe('Senior Policy Adviser');
    expect(person(body, 'Lia Borg')?.title).toBe('shadow Europe minister');
  });

  it('keeps "leader" as the title of the leader of a named body, not of a bare "leader"', () => {
    expect(person('Freedom Party leader Ian Moss said the rebate was fixed.', 'Ian Moss')?.title).toBe(
      'Leader',
    );
    expect(person('The veteran leader Ian Moss said the rebate was fixed.', 'Ian Moss')?.title).toBeNull();
  });

  it('leaves a heading in capitals out of the title that follows it, keeping acronyms a title carries', () => {
    const body =
      'JOINT STATEMENT WITH THE PRESIDENT OF RURITANIA    Prime Minister Ana Ruiz today welcomed the president. ' +
      'UN Secretary General Tom Hale spoke.';
    expect(person(body, 'Ana Ruiz')?.title).toBe('Prime Minister');
    expect(person(body, 'Tom Hale')?.title).toBe('UN Secretary General');
  });

  it('takes the office named before a comma when only a rank precedes the name', () => {
    expect(
      person(
        'In May, the head of US Central Command, Gen. Tom Ward, said the patrols would go on.',
        'Tom Ward',
      ),
    ).toMatchObject({ title: 'head of US Central Command', country: 'US' });
  });

  it('keeps the first specific office of two joined by "and"', () => {
    expect(person('Party candidate and former President Ana Ruiz spoke.', 'Ana Ruiz')?.title).toBe(
      'former President',
    );
    expect(
      person('The obstacle is (Regional Authority president and Unity leader) Omar Haddad.', 'Omar Haddad')
        ?.title,
    ).toBe('President');
    expect(person('Minister of Trade and Industry Ann Cole spoke.', 'Ann Cole')?.title).toBe(
      'Minister of Trade and Industry',
    );
  });

  it("reads a chargé d'affaires ad interim and the state of the embassy", () => {
    expect(
      person("Present was Ivan Topov, charge d'affaires ad interim of the Russian embassy.", 'Ivan Topov'),
    ).toMatchObject({ title: "Charge D'Affaires Ad Interim", country: 'RU' });
  });

  it('drops epithets of the sentence from an apposition title', () => {
    expect(
      person('Keith Kellan, a leading national security adviser to the candidate, traveled.', 'Keith Kellan')
        ?.title,
    ).toBe('National Security Adviser');
  });

  it('keeps a named unit of a body in the title, not its parent body', () => {
    expect(
      person('Pak Chol, director of the Liaison Department of the Central Committee, met him.', 'Pak Chol')
        ?.title,
    ).toBe('director of the Liaison Department');
    expect(person('Ana Ruiz, president of the National Renewal Initiative, spoke.', 'Ana Ruiz')?.title).toBe(
      'President',
    );
  });
});

describe('titles of news prose', () => {
  it('reads "Secretary General" as one title, not a secretary of rank general', () => {
    expect(person('The talks were attended by UN Secretary General Lia Borg.', 'Lia Borg')?.title).toBe(
      'UN Secretary General',
    );
  });

  it('gives "his German counterpart Y" the office of the person the counterpart is of', () => {
    const body =
      'French finance minister Ivo Brandt spoke after a meeting with his German counterpart Hans Ortiz.';
    expect(person(body, 'Hans Ortiz')).toMatchObject({ title: 'Finance Minister', country: 'DE' });
  });

  it('leaves a party adjective out of the name ("Conservative Tom Reyes")', () => {
    const people = extractArticle(
      'source: news.example.com\n\nEarlier Conservative Tom Reyes said the plan would fail.\n',
    ).people;
    expect(people.map((p) => p.name)).toEqual(['Tom Reyes']);
  });
});

describe('government releases', () => {
  const people = (body: string, source = 'www.pm.gov.au') =>
    extractArticle(`source: ${source}\n\n${body}\n`).people.map((p) => [p.name, p.country]);

  it('leaves post-nominal letters and honorifics out of names, and writes a name with one space', () => {
    expect(people('Senator the Hon Ana  Wells MP said the plan would work.').map(([n]) => n)).toEqual([
      'Ana Wells',
    ]);
    expect(people("Deputy Minister Dato' Hamid Abu Samad QC attended.").map(([n]) => n)).toEqual([
      'Hamid Abu Samad',
    ]);
  });

  it('starts the person at a given name that ends a title complement ("Minister for Home and Border Affairs Peter X")', () => {
    const found = people(
      'Minister for Immigration and Border Protection Peter Dalton said the plan would work.',
    );
    expect(found.map(([n]) => n)).toEqual(['Peter Dalton']);
  });

  it('never gives the publisher a president it does not have', () => {
    expect(people('President Omar Haddad arrived in Canberra on Monday.')).toEqual([['Omar Haddad', null]]);
  });

  it('reads a title word counting members ("25-member", "three-member") or an "official" after a possessive as an adjective', () => {
    const people = (body: string) =>
      extractArticle(`source: news.example.com\n\n${body}\n`).people.map((p) => p.name);
    expect(people('The 12-member UN panel met on Monday. A three-member Ruritanian team said so.')).toEqual(
      [],
    );
    expect(
      people("Talks opened at the governor's official Avon residence and at her official Essex home."),
    ).toEqual([]);
    expect(person('Party official Ana Ruiz said the vote was fair.', 'Ana Ruiz')).toBeDefined();
  });

  it('gives an untitled person the office a later "the <office>" stands for, unless someone of that state holds it', () => {
    const at = (body: string, source: string, name: string) =>
      extractArticle(`source: ${source}\n\n${body}\n`).people.find((p) => p.name === name)?.title ?? null;
    const residence =
      "Talks open at Tom Hale's country house on Monday. Officials at the foreign secretary's residence will " +
      'plan a forum.';
    expect(at(residence, 'news.example.com', 'Tom Hale')).toBe('Foreign Secretary');
    const spokesman =
      'Tom Hale has met Italian Prime Minister Ivo Brandt. Mr Hale\'s spokesman said: "The prime minister has ' +
      'regular meetings with him."';
    expect(at(spokesman, 'www.bbc.co.uk', 'Tom Hale')).toBe('Prime Minister');
    // Without an outlet's state, "the prime minister" may be the Italian one: no office is given.
    expect(at(spokesman, 'news.example.com', 'Tom Hale')).toBeNull();
    // Too far back: the person named two sentences before is not the one meant.
    expect(
      at(
        "Tom Hale spoke on Monday. Markets fell. Prices rose. The president's office said no.",
        'x.example',
        'Tom Hale',
      ),
    ).toBeNull();
  });

  it('reads legislators\' and think-tank titles in an apposition ("a former congressman", "a nonresident senior fellow")', () => {
    const body =
      'Voters will watch, explained Tom Hale, a party donor. "It matters," Hale, a former congresswoman\'s aide, ' +
      'said. Ana Ruiz, a former congressman, agreed, as did Ivo Brandt, a nonresident senior fellow for a council.';
    expect(person(body, 'Ana Ruiz')?.title).toBe('Former Congressman');
    expect(person(body, 'Ivo Brandt')?.title).toBe('Nonresident Senior Fellow');
  });

  it('keeps "at the Prime Minister\'s Office" inside a title: an office holder\'s possessive before a body word names a body', () => {
    const body = "Brunei Deputy Minister at the Prime Minister's Office Dato Ali Hamid attended the talks.";
    expect(person(body, 'Ali Hamid')).toMatchObject({
      title: "Deputy Minister at the Prime Minister's Office",
      country: 'BN',
    });
    // Any other "at the ..." ends the title: the ministry there gives the state.
    const apposition =
      'Ana Ruiz, Deputy Director-General of the Department of Pacific Affairs at the Chilean Ministry, also attended.';
    expect(person(apposition, 'Ana Ruiz')).toMatchObject({
      title: 'Deputy Director-General of the Department of Pacific Affairs',
      country: 'CL',
    });
  });

  it("takes a title's body from its own complement, not a second office's words", () => {
    const orgOf = (body: string, name: string) => {
      const x = extractArticle(`source: news.example.com\n\n${body}\n`);
      const id = x.people.find((p) => p.name === name)?.organization;
      return x.organizations.find((o) => o.id === id)?.name;
    };
    // "and <title>" after a body's name is a second office
    expect(
      orgOf(
        'The envoy met Director of the Office of the Trade Commission and Foreign Minister Li Wen.',
        'Li Wen',
      ),
    ).toBe('Office of the Trade Commission');
    // a body right before a head ("Politburo Member") yields to the body of the office named after it
    expect(
      orgOf(
        'The envoy met Politburo Member and Director of the Office of the Trade Commission Li Wen.',
        'Li Wen',
      ),
    ).toBe('Office of the Trade Commission');
    // and is the body when no other follows
    expect(orgOf('The envoy met National Assembly Representative Ana Ruiz.', 'Ana Ruiz')).toBe(
      'National Assembly',
    );
    // "and" inside a body's name stays
    expect(orgOf('The envoy met Director of the Department of Industry and Trade Li Wen.', 'Li Wen')).toBe(
      'Department of Industry and Trade',
    );
  });

  it("takes the body from a readout's chain of units after an apposition title, the body last", () => {
    const x = extractArticle(
      'source: news.example.com\n\nThe dialogue was co-chaired by Ms. Ana Ruiz, Deputy Director-General, Policy ' +
        'Planning Bureau, Ministry of Foreign Affairs, and Mr. Tom Hale, Deputy Assistant Secretary, Bureau of Arms ' +
        'Control, Verification and Compliance, Department of State.\n',
    );
    const orgOf = (name: string) =>
      x.organizations.find((o) => o.id === x.people.find((p) => p.name === name)?.organization)?.name;
    expect(orgOf('Ana Ruiz')).toBe('Ministry of Foreign Affairs');
    expect(orgOf('Tom Hale')).toBe('Department of State');
  });

  it("gives a counterpart abroad the office equivalent to one a state names its own way, else the holder's", () => {
    const body =
      'US Secretary of State Jane Doe met her Chinese counterpart Li Wen in Vientiane on Saturday. Defense ' +
      'Secretary Tom Hale later met his Japanese counterpart, Ken Abe. Foreign Minister Ana Ruiz of Chile met her ' +
      'Peruvian counterpart Ivo Brandt.';
    expect(person(body, 'Li Wen')?.title).toBe('Foreign Minister');
    expect(person(body, 'Ken Abe')?.title).toBe('Defense Minister');
    expect(person(body, 'Ivo Brandt')?.title).toBe('Foreign Minister');
  });

  it('makes no office of words that only modify a rank ("top Iranian general X")', () => {
    const body =
      'The 2020 airstrike killed top Iranian general Ivo Brandt. Later, senior Chilean admiral Tom Hale spoke.';
    expect(person(body, 'Ivo Brandt')).toMatchObject({ title: 'General', country: 'IR' });
    expect(person(body, 'Tom Hale')).toMatchObject({ title: 'Admiral', country: 'CL' });
  });
});
