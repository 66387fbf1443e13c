// Meetings reported by verbs: clause boundaries, tense, relative clauses (invented sentences).
import { articleOf, meetingsOf, pairsOf } from './meeting-support';

// 2024-07-25 is a Thursday.
describe('meeting verbs', () => {
  it('keeps the subject of a later clause apart from the first encounter ("and then X met Y")', () => {
    const body =
      'President Anton Vell and Prime Minister Mara Quist met in Oslo on Thursday. ' +
      'The talks were followed by a dinner, and then Quist met with Foreign Minister Ivo Brandt, whom Vell has praised.';
    expect(pairsOf(body)).toEqual([
      ['Anton Vell', 'Mara Quist'],
      ['Ivo Brandt', 'Mara Quist'],
    ]);
  });

  it('dates a planned meeting forward and marks it planned ("will meet Friday")', () => {
    const [m] = meetingsOf(
      'President Anton Vell and Chancellor Dora Pell will meet Friday in Bern, Vell said on Tuesday.',
    );
    expect(m).toMatchObject({ who: ['Anton Vell', 'Dora Pell'], date: '2024-07-26', status: 'planned' });
  });

  it('reads "is due to", "is expected to" and "plans to" as planned', () => {
    for (const aux of ['is due to meet', 'is expected to meet', 'plans to meet', 'is set to meet'])
      expect(
        meetingsOf(`Foreign Minister Lia Borg ${aux} Foreign Minister Juan Ortiz on Monday.`)[0],
      ).toMatchObject({
        date: '2024-07-29',
        status: 'planned',
      });
  });

  it('drops encounters the text negates or only wishes for', () => {
    expect(
      meetingsOf('Foreign Minister Lia Borg did not meet Foreign Minister Juan Ortiz on Monday.'),
    ).toEqual([]);
    expect(meetingsOf('Foreign Minister Lia Borg declined to meet Foreign Minister Juan Ortiz.')).toEqual([]);
    expect(meetingsOf('Foreign Minister Lia Borg could meet Foreign Minister Juan Ortiz later.')).toEqual([]);
  });

  it('dates a present-perfect encounter to the month of the report, or not at all when the text places it further back', () => {
    const [recent] = meetingsOf(
      'Senator Paul Crane has met Prime Minister Ada Lund at her residence in Vienna.',
    );
    expect(recent).toMatchObject({ who: ['Ada Lund', 'Paul Crane'], date: '2024-07' });
    const [earlier] = meetingsOf(
      'Senator Paul Crane has met Prime Minister Ada Lund in Vienna in recent months.',
    );
    expect(earlier).toMatchObject({ who: ['Ada Lund', 'Paul Crane'], date: null });
  });

  it('takes the person before ", who" as the subject of a relative clause', () => {
    const body =
      'Premier Ho Sen Bok received Vice-Minister Ivan Oreshkin, who paid a courtesy call on him at the Assembly Hall on Wednesday.';
    expect(meetingsOf(body)).toMatchObject([{ who: ['Ho Sen Bok', 'Ivan Oreshkin'], date: '2024-07-24' }]);
  });
});

describe('one subject, several encounters', () => {
  it('splits a list introduced by "including" into one meeting per guest, sharing the subject and its tense', () => {
    const body =
      'Former President Tom Hale met with Prime Minister Ana Duarte on Friday. ' +
      'He has met with a series of foreign leaders in recent months, including hosting Chancellor Karl Weiss and ' +
      'Foreign Secretary Lena Okafor at his residence, and dining with President Ivo Brandt at his hotel.';
    const ms = meetingsOf(body, '2024-07-26');
    expect(ms.map((m) => m.who)).toEqual([
      ['Ana Duarte', 'Tom Hale'],
      ['Karl Weiss', 'Tom Hale'],
      ['Lena Okafor', 'Tom Hale'],
      ['Ivo Brandt', 'Tom Hale'],
    ]);
    expect(ms.slice(1).map((m) => m.date)).toEqual([null, null, null]);
  });

  it('splits "met A, then B, and later C" into one meeting per counterpart', () => {
    expect(
      pairsOf(
        'During her visit, Foreign Minister Lia Borg met President Ivo Brandt, then Defence Minister Juan Ortiz, ' +
          'and later Interior Minister Ken Abe.',
      ),
    ).toEqual([
      ['Ivo Brandt', 'Lia Borg'],
      ['Juan Ortiz', 'Lia Borg'],
      ['Ken Abe', 'Lia Borg'],
    ]);
  });

  it('reads "A and B last spoke during a call on July 4" as their call that day', () => {
    expect(
      meetingsOf(
        'President Ivo Brandt and Prime Minister Ana Duarte last spoke during a 30-minute call on July 4, during ' +
          'which both leaders focused on a ceasefire.',
      ),
    ).toEqual([
      { who: ['Ana Duarte', 'Ivo Brandt'], date: '2024-07-04', kind: 'call', place: null, status: 'held' },
    ]);
  });

  it('takes "told the British minister" as speaking to the one British cabinet member named', () => {
    const ms = meetingsOf(
      'British Foreign Secretary Tom Hale arrived in Lima on Monday. Earlier this week, Japanese Foreign Minister ' +
        'Ken Abe told the British minister that the plan was a worry.',
    );
    expect(ms.some((m) => m.who.join() === 'Ken Abe,Tom Hale')).toBe(true);
  });

  it('dates "..., and then X met Y" with the encounter in focus it follows', () => {
    const ms = meetingsOf(
      'President Ivo Brandt met Prime Minister Ana Duarte in Lima in March. It was followed by a lunch with business ' +
        'leaders, and then Duarte met with Vice President Lena Okafor.',
    );
    expect(ms.map((m) => [m.who, m.date])).toEqual([
      [['Ana Duarte', 'Ivo Brandt'], '2024-03'],
      [['Ana Duarte', 'Lena Okafor'], '2024-03'],
    ]);
  });

  it('reads "X travelled to Y to discuss Z" as a visit, but not a journey with no purpose said', () => {
    expect(meetingsOf('In March, Senator Ken Abe travelled to Lima to discuss the war.')).toEqual([
      { who: ['Ken Abe'], date: '2024-03', kind: 'visit', place: 'Lima', status: 'held' },
    ]);
    expect(meetingsOf('In March, Senator Ken Abe flew to Lima.')).toEqual([]);
    // "flew to Y to meet Z" is the meeting with Z, not a visit beside it
    expect(pairsOf('Senator Ken Abe flew to Lima to meet President Ivo Brandt on Monday.')).toEqual([
      ['Ivo Brandt', 'Ken Abe'],
    ]);
  });

  it("dates the first sentence's undated news in the past tense to the report's day, and its perfect to the month", () => {
    const lead = meetingsOf(
      'President Ivo Brandt, hosting Prime Minister Ana Duarte for a rare summit at his retreat, pledged support.',
      '2024-07-25',
    );
    expect(lead.map((m) => m.date)).toEqual(['2024-07-25']);
    const perfect = meetingsOf(
      'President Ivo Brandt has met Prime Minister Ana Duarte to discuss trade.',
      '2024-07-25',
    );
    expect(perfect.map((m) => m.date)).toEqual(['2024-07']);
  });

  it('gives "will also hold discussions with the Director-General of X and the Chief of Y" one planned meeting each', () => {
    const ms = meetingsOf(
      'Immigration Minister Ken Abe visited Lima on Monday. Mr Abe will also hold discussions with the ' +
        "Director-General of Peru's Department of Immigration and the agency's Chief of Mission in Peru.",
    );
    expect(ms.slice(1)).toEqual([
      { who: ['Ken Abe'], date: null, kind: 'meeting', place: null, status: 'planned' },
      { who: ['Ken Abe'], date: null, kind: 'meeting', place: null, status: 'planned' },
    ]);
  });

  it('reads "the prime ministers of A and B met" as the two prime ministers named before', () => {
    expect(
      pairsOf(
        'Albanian Prime Minister Ivo Brandt spoke. Bulgarian Prime Minister Ana Duarte spoke. Later the prime ministers ' +
          'of Bulgaria and Albania met in Sofia on Monday.',
      ),
    ).toEqual([['Ana Duarte', 'Ivo Brandt']]);
  });

  it('keeps "met A and B" without such a cue as one meeting', () => {
    expect(
      pairsOf('Secretary Lia Borg met Foreign Minister Juan Ortiz and Foreign Minister Ken Abe in Lima.'),
    ).toEqual([['Juan Ortiz', 'Ken Abe', 'Lia Borg']]);
  });

  it('resolves "he" with auxiliaries before the verb to the last subject named alone', () => {
    const body =
      'Senator Paul Crane met President Ivo Brandt on Monday. He has also spoken by phone with King Omar Haddad.';
    expect(pairsOf(body)).toEqual([
      ['Ivo Brandt', 'Paul Crane'],
      ['Omar Haddad', 'Paul Crane'],
    ]);
  });

  it('gives a subject who met an unnamed group ("his Japanese and Thai counterparts") a meeting of their own', () => {
    const [m] = meetingsOf(
      'Last month, Defense Secretary Tom Hale met his Japanese and Thai counterparts in Manila.',
    );
    expect(m).toMatchObject({ who: ['Tom Hale'], date: '2024-06' });
  });
});

describe('references and reported speech', () => {
  it("reads a state's possessive before a title as that state's title holder (\"China's foreign minister\")", () => {
    const body =
      "Peru's foreign minister has told Secretary of State Tom Hale that Lima will not yield. " +
      'After talks in the Peruvian capital, Foreign Minister Lia Borg said the talks were useful.';
    expect(meetingsOf(body, '2015-05-16')).toEqual([
      { who: ['Lia Borg', 'Tom Hale'], date: '2015-05', kind: 'talks', place: 'Lima', status: 'held' },
    ]);
  });

  it('takes the subject after a reporting verb, skipping a relative clause set off by commas', () => {
    const body =
      'President Ivo Brandt has told President Omar Haddad that the vote must wait. ' +
      'A spokesman, Ken Abe, said the two leaders, whose nations share a border, had spoken by phone on Sunday.';
    expect(meetingsOf(body, '2015-05-18')).toEqual([
      { who: ['Ivo Brandt', 'Omar Haddad'], date: '2015-05-17', kind: 'call', place: null, status: 'held' },
    ]);
  });
});

describe('speaking to the press', () => {
  it('is no meeting: "X told CNN\'s Y", "X told reporter Y"', () => {
    expect(
      meetingsOf(
        'President Ivo Brandt met Prime Minister Ada Lund on Friday. "It went well," Brandt told NTV\'s Kim Sato on Friday.',
      ).map((m) => m.who),
    ).toEqual([['Ada Lund', 'Ivo Brandt']]);
  });
});

describe('a participle opening its clause', () => {
  it("has the sentence's first person as subject, one encounter per guest where each is placed", () => {
    const ms = meetingsOf(
      'Prime Minister Ivo Brandt angered his allies with trips at the beginning of July - meeting Russian President ' +
        'Omar Haddad in Moscow, Chinese leader Ken Abe in Beijing, and former US President Tom Reyes at his residence in Florida.',
      '2024-07-22',
    );
    expect(ms.map((m) => [m.who, m.place])).toEqual([
      [['Ivo Brandt', 'Omar Haddad'], 'Moscow'],
      [['Ivo Brandt', 'Ken Abe'], 'Beijing'],
      [['Ivo Brandt', 'Tom Reyes'], 'Florida'],
    ]);
  });
});

describe('dates and frames of news prose', () => {
  it('takes no date from "since 1898": it measures back to another event', () => {
    const [m] = meetingsOf(
      'President Ivo Brandt has become the first Austrian president to visit Peru since 1898, holding talks with President Juan Ortiz in the capital Lima.',
      '2015-05-11',
    );
    expect(m!.who).toEqual(['Ivo Brandt', 'Juan Ortiz']);
    expect(m!.date).not.toBe('1898');
  });

  it('reads "told Radio Nord\'s Kim Sato" as speaking to the press', () => {
    expect(
      meetingsOf(
        "Deputy Adviser Tom Reyes told Radio Nord's Kim Sato on Wednesday that the deal would hold.",
      ),
    ).toEqual([]);
  });

  it('reads "visit PLACE next month, where she will meet Y" as a planned meeting there, "she" being the visitor', () => {
    expect(
      meetingsOf(
        'Foreign Minister Ana Ruiz is due to visit Santiago next month, where she will meet President Ivo Brandt.',
      ),
    ).toEqual([
      {
        who: ['Ana Ruiz', 'Ivo Brandt'],
        date: '2024-08',
        kind: 'meeting',
        place: 'Santiago',
        status: 'planned',
      },
    ]);
  });

  it('follows a visitor through a news story: "their chiefs held talks", "she", "where she will", "visited X and met Y"', () => {
    const body =
      'Japanese Prime Minister Ken Sato and Philippine President Maria Cruz agreed Thursday to deepen defense ties, ' +
      'days after their defense chiefs held talks in Manila. Cruz arrived in Tokyo on Monday for a three-day visit. ' +
      'She is scheduled to meet Emperor Hiro on Friday before flying to Seoul, where she will hold talks with South ' +
      'Korean President Lee Min-ho on Saturday. Last month, Japanese Defense Minister Taro Ishii visited Manila and ' +
      'met his Philippine counterpart, Gilberto Reyes.';
    const ms = meetingsOf(body, '2024-07-25', 'apnews.com');
    expect(ms).toContainEqual(
      expect.objectContaining({ who: ['Hiro', 'Maria Cruz'], date: '2024-07-26', status: 'planned' }),
    );
    expect(ms).toContainEqual(
      expect.objectContaining({
        who: ['Lee Min-ho', 'Maria Cruz'],
        date: '2024-07-27',
        place: 'Seoul',
        status: 'planned',
      }),
    );
    expect(ms).toContainEqual(
      expect.objectContaining({ who: ['Gilberto Reyes', 'Taro Ishii'], date: '2024-06', place: 'Manila' }),
    );
    // The defense chiefs' talks in Manila are not the two leaders'.
    expect(ms.filter((m) => m.who.includes('Ken Sato')).map((m) => m.place)).not.toContain('Manila');
  });

  it('reads "I" in a first-person release as its writer, and a quoted "I" as no one', () => {
    const release =
      'Minister for Foreign Affairs Jane Hollis\n\nToday I met Indonesian Foreign Minister Budi Santoso in Jakarta. ' +
      'I also called on President Ana Ruiz. Tomorrow I will travel to Dili, where I will meet Prime Minister Tom Hale.';
    expect(pairsOf(release)).toEqual([
      ['Ana Ruiz', 'Jane Hollis'],
      ['Budi Santoso', 'Jane Hollis'],
      ['Jane Hollis', 'Tom Hale'],
    ]);
    const quoted =
      'Foreign Minister Jane Hollis spoke on Monday. "I met President Ana Ruiz last week," she said.';
    expect(pairsOf(quoted)).toEqual([]);
  });

  it('reads a delegation "led by its Minister X" as X\'s, of the delegation\'s state, and a later talk with it as that meeting', () => {
    const body =
      'Pyongyang, July 24 (KCNA) -- Pak Yong Chol, premier of the Cabinet, met the delegation of the Ministry of ' +
      "Agriculture of the Lao People's Democratic Republic led by its Minister Sone Phomma at the Assembly Hall on " +
      'Wednesday. The premier had a friendly talk with the delegation.';
    expect(pairsOf(body)).toEqual([['Pak Yong Chol', 'Sone Phomma']]);
    const x = articleOf(body, '2024-07-25', 'kcna.kp');
    expect(x.people.find((p) => p.name === 'Sone Phomma')?.country).toBe('LA');
  });

  it('reads phone calls as calls with no venue, and "will travel to Doha next week for talks with the emir" as planned talks there', () => {
    const body =
      "President Kemal Erdem has held separate phone calls with Qatar's Emir Sheikh Hamad bin Khalid and Saudi Crown " +
      'Prince Faisal bin Saud to discuss a ceasefire in Gaza. Erdem is expected to travel to Doha next week for talks ' +
      'with the emir.';
    expect(meetingsOf(body, '2024-07-10')).toEqual([
      {
        who: ['Hamad bin Khalid', 'Kemal Erdem'],
        date: '2024-07',
        kind: 'call',
        place: null,
        status: 'held',
      },
      { who: ['Faisal bin Saud', 'Kemal Erdem'], date: '2024-07', kind: 'call', place: null, status: 'held' },
      {
        who: ['Hamad bin Khalid', 'Kemal Erdem'],
        date: '2024-07',
        kind: 'talks',
        place: 'Doha',
        status: 'planned',
      },
    ]);
    const x = articleOf(body);
    expect(x.people.find((p) => p.name === 'Hamad bin Khalid')).toMatchObject({
      title: 'Emir',
      country: 'QA',
    });
  });

  it('reads "held the third round of their strategic dialogue" as the dialogue held', () => {
    expect(
      meetingsOf(
        "Chile's Foreign Minister Tom Hale and his Peruvian counterpart Ana Ruiz held the third round of their " +
          'strategic dialogue in Santiago on Tuesday.',
      ),
    ).toEqual([
      {
        who: ['Ana Ruiz', 'Tom Hale'],
        date: '2024-07-23',
        kind: 'dialogue',
        place: 'Santiago',
        status: 'held',
      },
    ]);
  });
});
