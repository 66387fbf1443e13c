// Meetings named by noun phrases: possessors, attendance, dates attached to the phrase, references back.
import { articleOf, meetingsOf, pairsOf } from './meeting-support';

// 2024-07-25 is a Thursday.
describe('meeting nouns', () => {
  it('counts a possessive name opening the phrase as a party ("X\'s talks with Y")', () => {
    const body =
      'Foreign Minister Lia Borg met Foreign Minister Juan Ortiz in Lima on Monday. ' +
      "Borg's first meeting with Ortiz followed the minister's speech to parliament on Wednesday.";
    expect(meetingsOf(body)).toMatchObject([{ who: ['Juan Ortiz', 'Lia Borg'], date: '2024-07-22' }]);
  });

  it('takes a date only from the words about the meeting, not from a later clause', () => {
    const [m] = meetingsOf(
      'Parliament opened its session on Monday. Hundreds of people protested outside. ' +
        "Senator Paul Crane's talks with Prime Minister Ada Lund followed the minister's speech on Wednesday.",
    );
    expect(m).toMatchObject({ who: ['Ada Lund', 'Paul Crane'] });
    expect(m!.date).not.toBe('2024-07-24');
  });

  it('dates a meeting from "took place ... on DATE" after a long list of participants', () => {
    const [m] = meetingsOf(
      'Talks between Ivo Brandt, vice-minister of Foreign Affairs of the Republic of Austria, and Juan Ortiz, ' +
        'deputy minister of Foreign Affairs of the Republic of Peru, took place here on July 23.',
    );
    expect(m).toMatchObject({ who: ['Ivo Brandt', 'Juan Ortiz'], date: '2024-07-23' });
  });

  it('adds the person whose participation in a summit is mentioned', () => {
    const [m] = meetingsOf(
      "They discussed President Ana Duarte's participation in the NATO summit in Madrid in June.",
    );
    expect(m).toMatchObject({ who: ['Ana Duarte'], date: '2024-06', kind: 'summit' });
  });

  it('joins a definite back-reference ("the talks between A and B") to the meeting it names', () => {
    const body =
      'Vice Minister Tomas Reyes met Vice Minister Ken Abe in Manila on Wednesday for the 3rd Strategic Dialogue. ' +
      'An official said the talks between Reyes and Abe were candid.';
    expect(pairsOf(body)).toEqual([['Ken Abe', 'Tomas Reyes']]);
  });

  it('adds the people said to be present to the meeting in focus', () => {
    const body =
      'Premier Ho Sen Bok met with Vice-Minister Ivan Oreshkin at the Assembly Hall on Tuesday. ' +
      'Present there were Yun Chol Ho, minister of External Economic Relations, and other officials.';
    expect(pairsOf(body)).toEqual([['Ho Sen Bok', 'Ivan Oreshkin', 'Yun Chol Ho']]);
  });

  it("dates an undated meeting by the lead's day, but not by a date of another event later on", () => {
    const body =
      'The two governments agreed on Wednesday to expand trade. ' +
      'Foreign Minister Lia Borg met with Foreign Minister Juan Ortiz in Lima. ' +
      'Borg recalled the attack of October 7 last year. ' +
      'Later, Ortiz spoke with Prime Minister Ada Lund by phone.';
    const ms = meetingsOf(body);
    expect(ms.find((m) => m.who.includes('Lia Borg'))!.date).toBe('2024-07-24');
    expect(ms.find((m) => m.who.includes('Ada Lund'))!.date).not.toBe('2023-10-07');
  });
});

describe('meeting dates and kinds', () => {
  it('dates "four months later" from the last date the text gave', () => {
    const body =
      'The two leaders first met in Tokyo in March last year. Four months later, President Ana Duarte hosted ' +
      'Prime Minister Ken Abe at her retreat.';
    expect(meetingsOf(body)).toContainEqual(
      expect.objectContaining({ who: ['Ana Duarte', 'Ken Abe'], date: '2023-07' }),
    );
  });

  it('keeps a bilateral apart from the trilateral beside it', () => {
    const body =
      'Before a trilateral meeting with General Tom Hale and Admiral Kim Do-hyun, General Ken Abe spoke to reporters. ' +
      'On Wednesday, Abe met Kim for the first such meeting in six years.';
    expect(pairsOf(body)).toEqual([
      ['Ken Abe', 'Kim Do-hyun'],
      ['Ken Abe', 'Kim Do-hyun', 'Tom Hale'],
    ]);
  });

  it('gives plural "held meetings with A and B" one meeting per counterpart', () => {
    expect(
      pairsOf(
        'Prime Minister Ana Duarte held meetings with President Ivo Brandt and Vice President Lena Okafor.',
      ),
    ).toEqual([
      ['Ana Duarte', 'Ivo Brandt'],
      ['Ana Duarte', 'Lena Okafor'],
    ]);
  });

  it('gives "X\'s speech and meetings with A and B" to X, named or referred to by title', () => {
    const expected = [
      ['Ana Duarte', 'Ivo Brandt'],
      ['Ana Duarte', 'Lena Okafor'],
    ];
    expect(
      pairsOf(
        "It follows Prime Minister Ana Duarte's speech to parliament and meetings with President Ivo Brandt and " +
          'Vice President Lena Okafor at the palace.',
      ),
    ).toEqual(expected);
    expect(
      pairsOf(
        "Prime Minister Ana Duarte landed in Bern on Monday. It follows the prime minister's speech to parliament and " +
          'meetings with President Ivo Brandt and Vice President Lena Okafor at the palace.',
      ),
    ).toEqual(expected);
  });

  it('dates "it comes on the heels of ... meetings with A and B" to the month of the report, not its day', () => {
    const ms = meetingsOf(
      "Prime Minister Ana Duarte met union leaders on Friday. It comes on the heels of the prime minister's speech " +
        'to parliament and meetings with President Ivo Brandt and Vice President Lena Okafor at the palace.',
      '2024-07-26',
    );
    expect(ms.slice(1).map((m) => [m.who, m.date])).toEqual([
      [['Ana Duarte', 'Ivo Brandt'], '2024-07'],
      [['Ana Duarte', 'Lena Okafor'], '2024-07'],
    ]);
  });

  it('splits "their meetings to X" into one meeting per visitor', () => {
    expect(
      pairsOf(
        'President Ivo Brandt and Vice President Lena Okafor made the same point in their private meetings to ' +
          'Prime Minister Ana Duarte on Tuesday.',
      ),
    ).toEqual([
      ['Ana Duarte', 'Ivo Brandt'],
      ['Ana Duarte', 'Lena Okafor'],
    ]);
  });

  it('keeps "since X\'s trip to Y last year" as an earlier visit of its own, not the meeting the verb reports', () => {
    const ms = meetingsOf(
      'President Ivo Brandt met Prime Minister Ana Duarte on Monday, the first time the two have met since ' +
        "Brandt's trip to Norway last year.",
    );
    expect(ms.map((m) => [m.who, m.date, m.kind])).toEqual([
      [['Ana Duarte', 'Ivo Brandt'], '2024-07-22', 'meeting'],
      [['Ivo Brandt'], '2023', 'visit'],
    ]);
  });

  it('lets "the US and Cuban presidents" take a president whose state the text leaves open', () => {
    const ms = meetingsOf(
      'Visitors met President Raul Soto on Monday. Flights resumed after a meeting between the US and Cuban ' +
        'presidents in Panama City last month.',
      '2024-07-25',
    );
    expect(ms.map((m) => [m.who, m.date, m.place])).toEqual([[['Raul Soto'], '2024-06', 'Panama City']]);
  });

  it('reads "X is in the US for a long-awaited visit" as X\'s visit there, in the month of the report', () => {
    expect(
      meetingsOf(
        'The deal came as Prime Minister Ana Duarte is in the US for a long-awaited visit.',
        '2024-07-25',
      ),
    ).toEqual([{ who: ['Ana Duarte'], date: '2024-07', kind: 'visit', place: 'US', status: 'held' }]);
  });

  it('gives "At a dinner on Friday night, X backed ..." to the subject, and no press conference to anyone', () => {
    expect(
      meetingsOf('At a dinner on Friday night, former president Ivo Brandt backed the plan.', '2024-07-27'),
    ).toEqual([{ who: ['Ivo Brandt'], date: '2024-07-26', kind: 'meeting', place: null, status: 'held' }]);
    expect(
      meetingsOf('At a news conference on Friday, President Ivo Brandt backed the plan.', '2024-07-27'),
    ).toEqual([]);
  });

  it('gives "her upcoming meeting with Y" to the person the clause last named, and reads no verb in it', () => {
    expect(
      pairsOf(
        'Spokesman Tom Hale would not say whether Secretary Lia Borg would raise the deal in her upcoming meeting ' +
          'with Foreign Minister Ken Abe.',
      ),
    ).toEqual([['Ken Abe', 'Lia Borg']]);
    // "X's meeting with Y" is X's and Y's only, not also the clause's other people's
    expect(
      pairsOf(
        'President Ivo Brandt left first, and an aide said that Vice President Lena Okafor’s meeting with Ken Abe was useful.',
      ),
    ).toEqual([['Ken Abe', 'Lena Okafor']]);
  });

  it('keeps "In March 2023, the two countries ... at a fence-mending summit in Lima" as a dated summit there', () => {
    expect(
      meetingsOf(
        'In March 2023, the two countries promised to resume ties at a fence-mending summit in Lima.',
      ),
    ).toEqual([{ who: [], date: '2023-03', kind: 'summit', place: 'Lima', status: 'held' }]);
  });

  it('keeps "talks between two movements hosted by Peru in April" as talks in Lima, dated by the participle', () => {
    expect(
      meetingsOf(
        'The accord follows an earlier round of talks between the Alpha and Beta movements hosted by Peru in April.',
      ),
    ).toEqual([{ who: [], date: '2024-04', kind: 'talks', place: 'Lima', status: 'held' }]);
  });

  it('drops a visit by one person that names no place', () => {
    expect(
      meetingsOf('Among the countries Secretary Lia Borg will visit on her trip are two allies.'),
    ).toEqual([]);
  });

  it('dates a sideline encounter with the meeting reported in its own sentence', () => {
    const body =
      'On Wednesday, President Ivo Brandt met Chancellor Karl Weiss in Bern. Last month, Secretary Tom Hale met ' +
      'his Thai and Lao counterparts on the sidelines of a security conference in Singapore.';
    const ms = meetingsOf(body);
    expect(ms.filter((m) => m.who.includes('Tom Hale')).map((m) => m.date)).toEqual(['2024-06', '2024-06']);
  });
});

describe('who attends, and of what kind', () => {
  it('adds the people a leader sends "in his place" to the meeting in focus', () => {
    const body =
      'President Tom Hale hosted the regional council for a rare summit at his retreat on Thursday. ' +
      'King Omar Haddad pulled out, sending Crown Prince Sami Haddad and Foreign Minister Ali Nasser in his place.';
    const [m] = meetingsOf(body);
    expect(m).toMatchObject({ who: ['Ali Nasser', 'Sami Haddad', 'Tom Hale'], kind: 'summit' });
  });

  it('reads "the US and Cuban presidents" as the presidents of both states the article names', () => {
    const body =
      'President Raul Soto of Cuba welcomed the visit. ' +
      'Flights resumed after a meeting between the US and Cuban presidents in Panama City last month.';
    expect(meetingsOf(body, '2015-05-11')).toMatchObject([
      { who: ['Raul Soto'], date: '2015-04', place: 'Panama City' },
    ]);
  });
});

describe('visits', () => {
  it('takes the visitors after "visit by" and marks an upcoming visit planned', () => {
    const body =
      'They discussed preparations for the upcoming State Visit by President Ana Duarte and First Lady Rosa Lind on ' +
      'April 26, 2025.';
    expect(meetingsOf(body)).toEqual([
      { who: ['Ana Duarte', 'Rosa Lind'], date: '2025-04-26', kind: 'visit', place: null, status: 'planned' },
    ]);
  });
});

describe('topics of a meeting named only by nouns', () => {
  it('go to the meeting of two people when no verb reports one', () => {
    const x = articleOf(
      'The 4th Strategic Dialogue between Vice Minister Tomas Reyes and Vice Minister Ken Abe took place in Manila on Wednesday. ' +
        'The two sides exchanged views on maritime security and economic cooperation.',
    );
    const dialogue = x.meetings.find((m) => m.participants.length === 2);
    expect(dialogue).toBeDefined();
    const names = dialogue!.topics.map((id) => x.topics.find((t) => t.id === id)!.name);
    expect(names.length).toBeGreaterThan(0);
  });
});

describe('news prose', () => {
  it('dates an undated encounter to the month of the report when the text never names the day of the news', () => {
    const [m] = meetingsOf(
      'Prime Minister Ada Lund has returned from a tour of the region. ' +
        'Ms Lund held talks with her Peruvian counterpart, Juan Ortiz, and discussed trade.',
    );
    expect(m).toMatchObject({ who: ['Ada Lund', 'Juan Ortiz'], date: '2024-07' });
  });

  it('keeps the day when the lead gives it', () => {
    const [m] = meetingsOf(
      'Prime Minister Ada Lund visited Lima on Tuesday. Ms Lund held talks with her Peruvian counterpart, Juan Ortiz.',
    );
    expect(m).toMatchObject({ who: ['Ada Lund', 'Juan Ortiz'], date: '2024-07-23' });
  });

  it('gives the date of "the trilateral meeting ... on Thursday" to the three-party meeting reported before', () => {
    const ms = meetingsOf(
      'Before a trilateral meeting with General Tom Reyes and Admiral Ken Abe, General Ivo Brandt warned of new threats. ' +
        'The trilateral meeting of the defense chiefs at the ministry on Thursday was the first of its kind.',
      '2024-07-26',
    );
    expect(ms).toMatchObject([{ who: ['Ivo Brandt', 'Ken Abe', 'Tom Reyes'], date: '2024-07-25' }]);
  });

  it('makes the person just named a party of "speaking at a news conference with Y"', () => {
    const [m] = meetingsOf(
      'Foreign Secretary Ian Moss is in Lima for two days. ' +
        'Mr Moss, speaking at a joint news conference with Peruvian Foreign Minister Juan Ortiz, stressed this point.',
    );
    expect(m!.who).toEqual(['Ian Moss', 'Juan Ortiz']);
  });

  it('reads a summit the text looks forward to ("in time for the summit in July") as planned, in the coming July', () => {
    const ms = meetingsOf(
      'Finance Minister Ana Duarte said more details would be ready in time for the Group summit in Madrid in July.',
      '2024-02-05',
    );
    expect(ms).toMatchObject([{ date: '2024-07', status: 'planned', place: 'Madrid' }]);
  });

  it('keeps talks with a government as the subject\'s own, planned when announced, "he" being the last person named', () => {
    const body =
      'Foreign Secretary Tom Hale toured a temple in Lima on Thursday. ' +
      'He is due to take part in talks with the Peruvian government on Friday.';
    expect(meetingsOf(body)).toEqual([
      { who: ['Tom Hale'], date: '2024-07-26', kind: 'talks', place: null, status: 'planned' },
    ]);
    expect(meetingsOf('Minister Ana Ruiz held talks with the Chilean authorities on Monday.')).toMatchObject([
      { who: ['Ana Ruiz'], date: '2024-07-22', status: 'held' },
    ]);
    // No person before "he" in the paragraph: no meeting is anyone's.
    expect(meetingsOf('He is due to take part in talks with the Peruvian government on Friday.')).toEqual([]);
  });

  it('reads the parties of a meeting whose date comes between the noun and "with"/"between"', () => {
    expect(meetingsOf('Minister Tom Hale held talks on Monday with President Ana Ruiz.')).toMatchObject([
      { who: ['Ana Ruiz', 'Tom Hale'], date: '2024-07-22' },
    ]);
    expect(
      meetingsOf(
        'Minister Tom Hale welcomed the first meeting on 23 July between council members and the Front, ' +
          'led by its President Ana Ruiz.',
      ),
    ).toMatchObject([{ who: ['Ana Ruiz'], date: '2024-07-23' }]);
  });

  it('leaves a date after another occasion ("during an interview on Thursday") to that occasion', () => {
    const body =
      'Former President Ana Ruiz met with Prime Minister Tom Hale on Friday, the first such meeting between the two ' +
      'men since Ruiz left office more than three years ago. A senior Ruiz campaign adviser told reporters that ' +
      "Ruiz's willingness to meet with Hale despite their fraught relationship shows that Ruiz is willing to put " +
      'differences to the side. Asked about the meeting during an interview with Fox News on Thursday, Ruiz said: ' +
      '"I want him to finish up."';
    const ms = meetingsOf(body, '2024-07-26');
    expect(ms).toContainEqual(expect.objectContaining({ who: ['Ana Ruiz', 'Tom Hale'], date: '2024-07-26' }));
    expect(ms.map((m) => m.date)).not.toContain('2024-07-25');
  });

  it('counts an "engagement" as an encounter only with a date, a place or a verb of its own', () => {
    expect(
      meetingsOf(
        'In posting that engagement with President Ana Ruiz, Senator Tom Hale sought balance, an aide said.',
      ),
    ).toEqual([]);
    expect(
      meetingsOf("Senator Tom Hale's engagement with President Ana Ruiz in Lima went well."),
    ).toMatchObject([{ who: ['Ana Ruiz', 'Tom Hale'], place: 'Lima' }]);
  });

  it('ends the parties of a meeting in an opening phrase at the main clause, whose subject took part when it says so', () => {
    // "Building on ...": the main clause's people (who discussed something) were not at the earlier meeting.
    expect(
      meetingsOf(
        "Building on the President's June 29 trilateral meeting with President Ana Ruiz of Peru and Prime Minister " +
          'Tom Hale of Chile, Secretary Ivo Brandt and the foreign ministers discussed trade.',
      ),
    ).toEqual([
      { who: ['Ana Ruiz', 'Tom Hale'], date: '2024-06-29', kind: 'meeting', place: null, status: 'held' },
    ]);
    // "Before a meeting with A and B, C said ...": C, after an abbreviated rank, is at the meeting.
    expect(
      meetingsOf(
        'Before a trilateral meeting with Gen. Tom Hale and Adm. Lia Borg, Gen. Ivo Brandt said so.',
      ),
    ).toMatchObject([{ who: ['Ivo Brandt', 'Lia Borg', 'Tom Hale'] }]);
  });

  it('reads a dated briefing given to foreign officials as a meeting, and a news briefing as none', () => {
    const x = articleOf(
      'Ruritanian officials gave an intelligence briefing to foreign ambassadors on Monday, ' +
        'explaining the plot. Spokesperson Ana Ruiz told a regular news briefing on Tuesday that it was false.\n',
    );
    expect(x.meetings.map((m) => [m.name, m.date])).toEqual([
      ['intelligence briefing to foreign ambassadors', '2024-07-22'],
    ]);
  });

  it('keeps dated talks between two states or bodies nobody is named at, named by their parties', () => {
    const x = articleOf('Talks between Serbia and Kosovo in Geneva on Tuesday ended without a deal.\n');
    expect(x.meetings.map((m) => [m.name, m.date, m.kind])).toEqual([
      ['talks between Serbia and Kosovo', '2024-07-23', 'talks'],
    ]);
  });

  it('keeps talks nobody is named at by their place and date, and gives them the heads of the two delegations', () => {
    const body =
      'Diplomats from Serbia and Kosovo ended two days of talks in Geneva on Tuesday without an agreement. ' +
      'The Serbian delegation was led by Deputy Foreign Minister Karl Stein, while Kosovo sent its chief negotiator, ' +
      'Olga Marsh. Officials held a series of meetings in Vienna this week.';
    expect(meetingsOf(body)).toEqual([
      {
        who: ['Karl Stein', 'Olga Marsh'],
        date: '2024-07-23',
        kind: 'talks',
        place: 'Geneva',
        status: 'held',
      },
    ]);
    const x = articleOf(body);
    expect(x.people.map((p) => [p.name, p.country])).toEqual([
      ['Karl Stein', 'RS'],
      ['Olga Marsh', 'XK'],
    ]);
  });

  it('names a meeting nobody is named at by its own words: no verb before the noun, and line-wrapped spaces kept in', () => {
    const names = (body: string) => articleOf(body, '2017-07-29').meetings.map((m) => m.name);
    expect(
      names('The most senior diplomats from Chile and the United States began talks in Lima on Saturday.'),
    ).toEqual(['talks in Lima']);
    expect(
      names(
        'Ministers noted the outcome of the Trilateral Meeting on Security among Chile,  Peru, and Bolivia, held in ' +
          'Lima, 22 June 2017. Ministers welcomed the plan to conduct a customs dialogue on the  issue of smuggling in August 2017.',
      ),
    ).toEqual([
      'Trilateral Meeting on Security among Chile, Peru, and Bolivia',
      'customs dialogue on the issue of smuggling',
    ]);
  });
});
