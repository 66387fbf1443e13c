// Wire copy and national outlets' prose: datelines, the press's short titles, doubted and future encounters, groups
// of counterparts, and what a topic is not (whom it was discussed with, where). Every sentence is invented.
import { extractArticle } from '../../../src/extract/extract-article';
import { extractTopics } from '../../../src/extract/topic.extractor';
import { datelineCity } from '../../../src/extract/publisher';
import { articleOf, meetingsOf } from './meeting-support';

const peopleOf = (body: string, date?: string) =>
  articleOf(body, date).people.map((p) => ({ name: p.name, title: p.title, country: p.country }));

describe('datelines', () => {
  it('reads a city in capitals before a colon, a line of its own ending on the agency, and a capital alone on a line', () => {
    expect(datelineCity('KATHMANDU: The prime minister met the president.')).toBe('Kathmandu');
    expect(datelineCity('GENEVA, Switzerland, Feb. 17, Kyodo\n\nThe talks began.')).toBe('Geneva');
    expect(datelineCity('Dushanbe\n\nThe talks began on Monday.')).toBe('Dushanbe');
  });

  it("reads a capital's name in capitals before a dash, and prefers the dateline's state among a sentence's states", () => {
    expect(datelineCity('HA NOI — The talks began.')).toBe('Ha Noi');
    const body =
      'HA NOI — Viet Nam attaches importance to ties with China, Prime Minister Tran Van Binh told Chinese Foreign Minister Li Wei at their meeting on Monday.';
    expect(peopleOf(body).find((p) => p.name === 'Tran Van Binh')?.country).toBe('VN');
  });

  it('takes no heading in capitals or word before a colon for a city', () => {
    expect(datelineCity('BREAKING: The talks collapsed.')).toBeNull();
    expect(datelineCity('Background: The talks began in May.')).toBeNull();
    expect(datelineCity('Paragraph one\n\nThe talks began.')).toBeNull();
  });

  it("gives an official the text leaves unqualified the state of the dateline's capital, and places the meeting there", () => {
    const body =
      'KATHMANDU: Tajik President Daler Nazarov on Monday held a meeting with Prime Minister Bishnu Adhikari.';
    expect(peopleOf(body).find((p) => p.name === 'Bishnu Adhikari')?.country).toBe('NP');
    expect(meetingsOf(body)).toEqual([
      expect.objectContaining({ who: ['Bishnu Adhikari', 'Daler Nazarov'], place: 'Kathmandu' }),
    ]);
  });

  it('places no meeting at the dateline that its sentences place elsewhere', () => {
    const body =
      'DELHI: "I had an excellent meeting with President Ivan Petrov on the sidelines of the summit in Tianjin," Prime Minister Ravi Menon wrote.';
    expect(meetingsOf(body).map((m) => m.place)).not.toContain('Delhi');
  });

  it('takes no desk of an outlet for a person', () => {
    const body =
      'LIMA (News Desk) – President Rosa Quispe met Foreign Minister Tomas Ortiz of Chile on Monday.';
    expect(peopleOf(body).map((p) => p.name)).toEqual(['Rosa Quispe', 'Tomas Ortiz']);
  });
});

describe("the press's titles", () => {
  it('reads a state named before the office of a former holder as his state, and leaves it out of the title', () => {
    expect(peopleOf('The premier met former U.S. President Tom Keller in Hanoi on Monday.')).toContainEqual({
      name: 'Tom Keller',
      title: 'former President',
      country: 'US',
    });
  });

  it('ends the epithets of a possessive state at a verb: what its media said is no part of an office', () => {
    expect(
      peopleOf("Ruritania's state media said Foreign Minister Ivan Petrov criticized the sanctions.")[0],
    ).toEqual(expect.objectContaining({ name: 'Ivan Petrov', title: 'Foreign Minister' }));
  });

  it('reads "PM" and "FM" as the offices, and a name that opens on initials', () => {
    expect(peopleOf('FM Omar Baig met PM Daler Nazarov on Monday.')).toEqual([
      { name: 'Omar Baig', title: 'Foreign Minister', country: null },
      { name: 'Daler Nazarov', title: 'Prime Minister', country: null },
    ]);
    const x = articleOf('External Affairs Minister R. K. Raghavan met the envoy on Monday.');
    expect(x.people[0]).toEqual(
      expect.objectContaining({ name: 'R. K. Raghavan', title: 'External Affairs Minister' }),
    );
    expect(x.organizations.map((o) => o.name)).toContain('Ministry of External Affairs');
  });

  it('leaves words of standing out of an office, and reads "NSA" as the adviser', () => {
    expect(
      peopleOf('Defense Secretary Tom Hale and new Japanese Defense Minister Ito Ken held talks in Tokyo.'),
    ).toContainEqual({ name: 'Ito Ken', title: 'Defense Minister', country: 'JP' });
    expect(peopleOf('The delegation included US NSA Tom Hale.')[0]?.title).toBe('National Security Adviser');
  });

  it("gives a spokesperson of a ministry only one state names so that state (India's External Affairs)", () => {
    expect(
      peopleOf('"The talks went well," Ministry of External Affairs (MEA) spokesperson Ravi Menon said.')[0],
    ).toEqual({ name: 'Ravi Menon', title: 'Spokesperson', country: 'IN' });
  });

  it('reads an ambassador "to" a state as the sender\'s, and a body\'s "diplomacy chief" as no state\'s', () => {
    expect(
      peopleOf('Prime Minister Tran Van Binh thanked Chinese Ambassador to Vietnam Li Wei on Monday.'),
    ).toEqual([
      { name: 'Tran Van Binh', title: 'Prime Minister', country: 'VN' },
      { name: 'Li Wei', title: 'Ambassador to Vietnam', country: 'CN' },
    ]);
    expect(peopleOf('The talks were chaired by EU diplomacy chief Jose Ramos.')[0]?.country).toBeNull();
  });

  it('reads state media\'s appositions: two offices sharing a state, a party naming its state, a list item after ", and"', () => {
    expect(
      peopleOf(
        "The leader met Li Wei, state councilor and foreign minister of the People's Republic of China, on Monday.",
      )[0],
    ).toEqual({ name: 'Li Wei', title: 'State Councilor and Foreign Minister', country: 'CN' });
    expect(
      peopleOf(
        "Present were Pak Chol, vice director of the Central Committee of the Workers' Party of Korea, and Ri Son Ho, chairman of the Committee.",
      ),
    ).toEqual([
      expect.objectContaining({ name: 'Pak Chol', country: 'KP' }),
      expect.objectContaining({ name: 'Ri Son Ho', title: 'chairman of the Committee' }),
    ]);
  });

  it("takes a state the headline gives a name the body leaves without one, and no airline's flight for a person", () => {
    const x = articleOf(
      'The President and Prime Minister Hale had a productive call earlier today. They discussed the loss of Oceanic Airlines Flight 17.',
    );
    expect(x.people.map((p) => p.name)).toEqual(['Hale']);
    const y = extractArticle(
      'title: Readout of the call with UK Prime Minister Hale\ndate: 2009-09-10\n\nThe President and Prime Minister Hale had a productive call earlier today.\n',
    );
    expect(y.people[0]).toEqual(expect.objectContaining({ name: 'Hale', country: 'GB' }));
  });

  it('reads the state named inside a party of one state as the party\'s ("the ruling Workers\' Party of Korea")', () => {
    expect(
      peopleOf(
        "Present were Pak Chol, first vice director of the Central Committee of the ruling Workers' Party of Korea, and others.",
      )[0]?.country,
    ).toBe('KP');
  });

  it('reads "chief of the X Office" in apposition as an office, "chief" being its head', () => {
    expect(
      peopleOf('The delegation is headed by Tom Hale, chief of the National Security Office.')[0]?.title,
    ).toBe('Chief');
  });

  it("reads a seat of government before an office as its state's", () => {
    expect(peopleOf('Kremlin spokesman Ivan Petrov said the call went well.')[0]?.country).toBe('RU');
  });
});

describe('encounters the text doubts, plans or gives to a group', () => {
  it('takes no encounter the text says is unknown', () => {
    const body =
      'Foreign Minister Ana Lima met Foreign Minister Jon Berg on Monday. Foreign Minister Tom Hale met his counterparts from Peru and Chile, but it is unknown if he met with either Lima or Berg.';
    expect(meetingsOf(body).map((m) => m.who)).not.toContainEqual(
      expect.arrayContaining(['Tom Hale', 'Jon Berg']),
    );
    expect(articleOf(body).meetings.map((m) => m.name)).toContain(
      "Tom Hale's meeting with counterparts from Peru and Chile",
    );
  });

  it('resolves "his counterparts from A and B" to the holders of his office the article names for A and B', () => {
    const body =
      'Foreign Minister Olena Koval met with his counterparts from Germany and France on Monday. She started the day with a meeting with German Foreign Minister Karl Braun and French Foreign Minister Luc Morel.';
    expect(meetingsOf(body)).toEqual([
      expect.objectContaining({ who: ['Karl Braun', 'Luc Morel', 'Olena Koval'], date: '2024-07-22' }),
    ]);
  });

  it('reads a call the speaker told reporters about, and a meeting someone "will have"', () => {
    const call =
      'Foreign Minister Ito Ken said today he and Secretary of State Tom Hale agreed to cooperate. "We agreed," Ito told reporters after a phone call with Hale.';
    expect(meetingsOf(call, '2017-09-04')).toEqual([
      expect.objectContaining({ who: ['Ito Ken', 'Tom Hale'], kind: 'call' }),
    ]);
    const lunch =
      'Prime Minister Ravi Menon held talks on Friday. On Sunday, he will have a working lunch meeting with French President Luc Morel.';
    expect(meetingsOf(lunch, '2023-09-08')).toContainEqual(
      expect.objectContaining({ who: ['Luc Morel', 'Ravi Menon'], status: 'planned' }),
    );
    // nothing says Menon is French: the one state of everyone he met is no guess for his
    expect(peopleOf(lunch).find((p) => p.name === 'Ravi Menon')?.country).toBeNull();
  });

  it('reads a telephone conversation as a call, with "her South Korean counterpart" the one South Korean official named', () => {
    const body =
      'Defense Minister Ito Ken had a telephone conversation with her South Korean counterpart on the morning of May 15. Ito affirmed with South Korean Defense Minister Park Min that the two will work closely.';
    expect(meetingsOf(body, '2017-05-15')).toEqual([
      expect.objectContaining({ who: ['Ito Ken', 'Park Min'], kind: 'call', place: null }),
    ]);
  });

  it('reads two leaders who "spoke on the phone" as a call', () => {
    expect(
      meetingsOf(
        'President Tom Hale and Ruritanian President Ivan Petrov spoke on the phone about trade on Tuesday.',
        '2017-05-02',
      ),
    ).toEqual([expect.objectContaining({ who: ['Ivan Petrov', 'Tom Hale'], kind: 'call' })]);
  });

  it('reads "a readout of the meeting between A and B" before "A and B met on Monday" as that one meeting', () => {
    const body =
      'A readout of the meeting between Minister Ravi Menon and Secretary of State Tom Hale was released by the State Department. It said Hale discussed strategic ties with the minister. Menon and Hale met at the State Department on Monday.';
    expect(meetingsOf(body, '2019-10-02')).toEqual([
      expect.objectContaining({ who: ['Ravi Menon', 'Tom Hale'], date: '2019-09-30' }),
    ]);
  });

  it('reads the holder of an office in "Pakistan President\'s meeting with X" as a party to it', () => {
    const body =
      "Pakistani President Omar Baig arrived in Dushanbe on Sunday. Pakistan President's meeting with Tajik PM Daler Nazarov focused on trade.";
    expect(meetingsOf(body, '2018-06-21').map((m) => m.who)).toContainEqual(['Daler Nazarov', 'Omar Baig']);
  });

  it('keeps a summit "to be chaired" by someone as planned', () => {
    const body =
      'President Tom Hale arrived in New Delhi to participate in the G20 Summit to be chaired by Prime Minister Ravi Menon.';
    expect(meetingsOf(body, '2023-09-08')).toEqual([expect.objectContaining({ status: 'planned' })]);
  });

  it('keeps an encounter dated after its report as planned', () => {
    const body =
      'President Wei Lan met Secretary of State Tom Hale on Saturday. "The most important event is President Ray Cole\'s China visit in November," Wei said.';
    expect(meetingsOf(body, '2024-09-28')).toContainEqual(
      expect.objectContaining({ who: ['Ray Cole'], date: '2024-11', status: 'planned' }),
    );
  });

  it('takes part in a council meeting a minister participates in, which names the council, in a capital of no party', () => {
    const body =
      'Foreign Minister Olena Koval will participate in a meeting of the Foreign Affairs Council of the European Union in Brussels on 20 July.';
    expect(meetingsOf(body, '2024-07-18')).toEqual([
      expect.objectContaining({ who: ['Olena Koval'], place: 'Brussels', status: 'planned' }),
    ]);
    expect(peopleOf(body)[0]?.country).toBeNull();
    // ... while a minister hosting meetings in a capital serves its state
    const host =
      'Foreign Secretary Tom Hale will bring together international partners for a series of meetings in London. The Foreign Secretary will host US Secretary of State Ray Cole for a bilateral meeting.';
    expect(peopleOf(host, '2016-07-18')[0]).toEqual({
      name: 'Tom Hale',
      title: 'Foreign Secretary',
      country: 'GB',
    });
  });

  it('names an unattended meeting by its place in full', () => {
    const body =
      'Foreign ministers from the Group of 20 were wrapping up a two-day meeting in New Delhi on Thursday.';
    expect(articleOf(body).meetings.map((m) => m.name)).toEqual(['two-day meeting in New Delhi']);
  });

  it('takes no one for a party whose release a participant urged', () => {
    const body =
      'Secretary of State Tom Hale held a meeting with his Ruritanian counterpart Ivan Petrov. Hale told Petrov of the US position, and urged the release of prisoner Paul Dane.';
    expect(meetingsOf(body).map((m) => m.who)).toEqual([['Ivan Petrov', 'Tom Hale']]);
  });

  it('leaves the subject out of talks an opening phrase says he met ahead of', () => {
    const body =
      'On Thursday, ahead of talks between Ukraine and Russia, Foreign Minister Olena Koval met with her counterparts.';
    expect(meetingsOf(body).every((m) => m.kind !== 'talks')).toBe(true);
  });

  it('reads one encounter from a sentence whose parties take part in a meeting another hosts', () => {
    const body =
      'Today in Seoul, Special Envoy Tom Hale and Director General Ito Hiroshi participated in a trilateral meeting hosted by Republic of Korea Special Envoy Park Min to discuss the peninsula.';
    expect(meetingsOf(body)).toEqual([
      expect.objectContaining({ who: ['Ito Hiroshi', 'Park Min', 'Tom Hale'], place: 'Seoul' }),
    ]);
  });

  it('infers a family-name-first order for a state only from two short references, not one slip', () => {
    const body =
      'President Daler Nazarov held a meeting with Prime Minister Omar (PM) Omar Baig on Monday. Nazarov later met Foreign Minister Ali Raza Khan of Pakistan.';
    expect(articleOf(body).meetings.map((m) => m.name)).toContain('Nazarov–Khan meeting');
  });
});

describe('what a topic is not', () => {
  it('leaves out whom it was discussed with', () => {
    expect(
      extractTopics('He discussed the situation in Jammu and Kashmir with the top US diplomat.'),
    ).toEqual(['situation in Jammu and Kashmir']);
  });

  it('takes no concern, setting or event for a subject', () => {
    expect(
      extractTopics('The meeting to discuss bilateral ties and issues of mutual concern took place in Bonn.'),
    ).toEqual(['bilateral ties']);
    expect(extractTopics('They held consultations on the margins of the UN General Assembly.')).toEqual([]);
  });

  it('ends a subject at a verb of assurance or decision after "and"', () => {
    expect(
      extractTopics(
        'The ministers discussed border trade and assured each other of cooperation between Iran and Oman.',
      ),
    ).toEqual(['border trade']);
  });

  it('keeps the two parties of "between" together while splitting the list around them', () => {
    expect(
      extractTopics(
        'They discussed the ongoing provocations and the closer alignment between Ruritania and Russia.',
      ),
    ).toEqual(['provocations', 'Ruritania-Russia closer alignment']);
  });
});
