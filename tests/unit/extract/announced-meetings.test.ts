// Encounters announced for later and named by their noun phrase: their dates, names and hosts (invented sentences).
import { findDates } from '../../../src/extract/date-resolver';
import { extractArticle } from '../../../src/extract/extract-article';

const article = (date: string, body: string) => extractArticle(`date: ${date}\n\n${body}\n`);

describe('announced meetings', () => {
  it('dates "later in the week", "next April" and a month used as an adjective', () => {
    const at = (s: string) => findDates(s, '2030-11-20')[0];
    expect(at('ahead of a summit in Oslo later in the week')?.value).toBe('2030-11');
    expect(at('the ministers meet again next April')?.value).toBe('2031-04');
    // a month already past this year is next year's when the text speaks of what is to come
    expect(at('a deal at a June summit')).toMatchObject({ value: '2030-06', ahead: '2031-06' });
    expect(at('the May government fell')).toBeUndefined();
  });

  it('keeps a meeting reported in the future of the past as planned, in the coming months', () => {
    const r = article(
      '2030-11-20',
      'The prime minister confirmed that new pledges would come at a Lisbon conference in March.',
    );
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]).toMatchObject({ date: '2031-03', status: 'planned' });
    expect(r.meetings[0]!.name).toMatch(/Lisbon conference/);
  });

  it('names a meeting by the capitalised words of its "on …" title', () => {
    const r = article(
      '2030-07-29',
      'Ministers agreed to convene the next Regional Meeting on Fisheries and Ocean Governance in 2031.',
    );
    expect(r.meetings.map((m) => [m.name, m.date, m.status])).toEqual([
      ['next Regional Meeting on Fisheries and Ocean Governance', '2031', 'planned'],
    ]);
  });

  it('names an announced meeting nobody is named at by its modifiers and topic', () => {
    const r = article(
      '2030-07-29',
      'Officials welcomed the plan to hold a customs dialogue on the issue of smuggling in August 2030.',
    );
    expect(r.meetings.map((m) => [m.name, m.date])).toEqual([
      ['customs dialogue on the issue of smuggling', '2030-08'],
    ]);
    // a bare noun with nothing of its own is no encounter to keep
    expect(article('2030-07-29', 'Talks are expected to resume in August.').meetings).toEqual([]);
  });

  it('names a meeting nobody is named at by whose it is, with the place and time that follow', () => {
    const held = article(
      '2030-05-10',
      'Several deals were announced after a meeting of foreign ministers of both countries in Lisbon on Wednesday.',
    );
    expect(held.meetings.map((m) => [m.name, m.date, m.status])).toEqual([
      ['meeting of foreign ministers of both countries', '2030-05-08', 'held'],
    ]);
    expect(held.places.map((p) => p.name)).toEqual(['Lisbon']);
    const planned = article(
      '2030-05-10',
      'Markets fell ahead of a meeting of the G7 industrialised countries next week.',
    );
    expect(planned.meetings.map((m) => [m.name, m.status])).toEqual([
      ['meeting of the G7 industrialised countries', 'planned'],
    ]);
    // a bare "next meeting" is told apart by the month said right after it; a pronoun after "on" is no topic
    expect(
      article('2030-05-10', 'Aid groups want results before the next meeting in April.').meetings[0]?.name,
    ).toBe('next meeting in April');
  });

  it('splits "the meetings of foreign and defence ministers were due to take place in X from <date>" per group', () => {
    const r = article(
      '2030-05-10',
      'The informal Union Council meetings of foreign and defence ministers were due to take place in Lisbon from ' +
        'August 28 to 30, according to the council website.',
    );
    expect(r.meetings.map((m) => [m.name, m.date, m.status]).sort()).toEqual([
      ['informal Union Council meeting of defence ministers', '2030-08-28', 'planned'],
      ['informal Union Council meeting of foreign ministers', '2030-08-28', 'planned'],
    ]);
    expect(r.places.map((p) => p.name)).toEqual(['Lisbon']);
  });

  it('gives a visit paid or a dinner hosted to the subject of the light verb', () => {
    const r = article(
      '2030-05-10',
      'Prime Minister Tomas Varga of Hungary is due to pay a state visit to Chile in September.',
    );
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]).toMatchObject({ date: '2030-09', status: 'planned' });
    expect(r.meetings[0]!.participants.map((id) => r.people.find((p) => p.id === id)?.name)).toEqual([
      'Tomas Varga',
    ]);
  });

  it('reads "who paid a courtesy call on him" as the encounter the sentence reports', () => {
    const r = article(
      '2030-05-10',
      'Premier Anna Kovac met with Tomas Varga, foreign minister of Hungary, who paid a courtesy call on her on Thursday.',
    );
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]!.participants).toHaveLength(2);
  });

  it('makes the named meeting a group of officials met for, and adds its hosts and heads of delegation', () => {
    const r = article(
      '2030-07-30',
      'On 29 July 2030 ministers and senior officials from Chile, Peru and Bolivia met in Arica for the Regional Meeting On Water Security And Border Management. ' +
        'The meeting was co-hosted by Chilean Foreign Minister Ana Soto and Peruvian Interior Minister Luis Vega. ' +
        'Other Heads of Delegation included Bolivian Deputy Minister of Defence Carlos Rios.',
    );
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]).toMatchObject({
      name: 'Regional Meeting On Water Security And Border Management',
      date: '2030-07-29',
    });
    expect(r.meetings[0]!.participants).toHaveLength(3);
  });

  it('splits a visitor\'s meeting with several officials of one state when the text calls them "the meetings"', () => {
    const r = article(
      '2030-05-10',
      'The Canadian Minister for Fisheries Peter Larkin met with the Prime Minister of Chile Ana Soto and the Interior Minister of Chile Luis Vega in Santiago today. ' +
        'The meetings reinforced the commitment of both nations.',
    );
    expect(r.meetings.map((m) => m.participants.length)).toEqual([2, 2]);
  });

  it('reads "today" as the day a release prints on a line of its own, not the page\'s later date', () => {
    const r = extractArticle(
      'title: Minister - Chile meetings\ndate: 2030-05-12\n\nPeter Larkin MP\n\nWednesday,\u00a009\u00a0May\u00a02030\n\n' +
        'The Canadian Minister for Fisheries Peter Larkin met with the Prime Minister of Chile Ana Soto in Santiago today.\n',
    );
    expect(r.article.date).toBe('2030-05-12');
    expect(r.meetings.map((m) => m.date)).toEqual(['2030-05-09']);
  });

  it('takes the hosts of "X\'s conference is being hosted by Y" and those "also due to attend are"', () => {
    const r = article(
      '2030-05-08',
      "Friday's conference on water security is being hosted by Chilean Foreign Minister Ana Soto. " +
        'Also due to attend are Peruvian Interior Minister Luis Vega and Bolivian Deputy Minister of Defence Carlos Rios.',
    );
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]).toMatchObject({ date: '2030-05-10', status: 'planned' });
    expect(r.meetings[0]!.participants).toHaveLength(3);
  });

  it('adds who "will represent" a party, or by whom one "is being represented", to the meeting just announced', () => {
    const r = article(
      '2030-05-10',
      "Three days of talks on the future of the islands begin at the foreign minister's country house later on Wednesday. " +
        "Chile's Deputy Minister Ana Soto will represent the islanders, while Peru's Europe Director Luis Vega will represent Peru. " +
        'Bolivia is being represented by its director general for Europe, Carlos Rios.',
    );
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]).toMatchObject({
      name: 'Three days of talks on the future of the islands',
      date: '2030-05-15',
      status: 'planned',
    });
    expect(r.meetings[0]!.participants).toHaveLength(3);
    // the chain of representatives keeps the meeting recent across sentences about other things
    const later = article(
      '2030-05-10',
      'Three days of talks on the future of the islands begin at the country house later on Wednesday. ' +
        'Officials will plan a new forum there. The idea is old. Most islanders want no change. ' +
        "Chile's Deputy Minister Ana Soto will represent the islanders. " +
        'Bolivia is being represented by its director general for Europe, Carlos Rios.',
    );
    expect(later.meetings[0]!.participants).toHaveLength(2);
  });

  it('dates "the beginning of March" and gives that date to meetings listed after a dash', () => {
    expect(findDates('by the end of March', '2030-07-22')[0]).toMatchObject({
      value: '2030-03',
      precision: 'month',
    });
    const r = article(
      '2030-07-22',
      'Premier Ana Soto angered lawmakers with her trips at the beginning of March – meeting Russian President Ivan Petrov in Moscow and Chinese leader Li Wen in Beijing.',
    );
    expect(r.meetings.map((m) => [m.date, m.participants.length])).toEqual([
      ['2030-03', 2],
      ['2030-03', 2],
    ]);
  });

  it('names an announced meeting by whose meeting it is ("of the G20 finance ministers")', () => {
    const r = article(
      '2030-05-10',
      'Markets expect more pressure ahead of a meeting of the G20 finance ministers next week.',
    );
    expect(r.meetings.map((m) => [m.name, m.status])).toEqual([
      ['meeting of the G20 finance ministers', 'planned'],
    ]);
  });

  it('dates the clause after "a day before" or "two days after" from the day of the report', () => {
    expect(findDates('The remarks came a day before the president meets them', '2030-05-13')[0]?.value).toBe(
      '2030-05-14',
    );
    expect(findDates('two days after the talks ended', '2030-05-13')[0]?.value).toBe('2030-05-11');
    // "a day before that" is an offset from the last date the text gave, left to the reader
    expect(findDates('a day before that', '2030-05-13')).toEqual([]);
  });

  it('leaves the meeting of an envoy someone dispatched to the envoy, and ends a group at a new verb phrase', () => {
    const r = article(
      '2030-07-10',
      'Chinese leader Li Wen in May called for a peace conference during meetings with leaders from Arab nations and has also dispatched a special envoy to the Middle East to meet with diplomats and officials.',
    );
    expect(r.meetings.map((m) => [m.name, m.date])).toEqual([
      ["Li Wen's meeting with leaders from Arab nations", '2030-05'],
    ]);
  });

  it('gives a named meeting that "A and B will attend" to both, in the month the sentences before gave', () => {
    const r = article(
      '2030-05-10',
      'Senator Ann Brody and Mr Peter Larkin will travel to Ottawa today. ' +
        'Senator Brody and Mr Larkin will attend the Five Country Ministerial on Border Security. ' +
        'Senator Brody will also attend the Quintet meeting of Attorneys-General.',
    );
    const who = (id: string) => r.people.find((p) => p.id === id)?.name;
    expect(r.meetings.map((m) => [m.name, m.date, m.status, m.participants.map(who).sort()])).toEqual([
      ['Five Country Ministerial on Border Security', '2030-05', 'planned', ['Ann Brody', 'Peter Larkin']],
      ['Quintet meeting of Attorneys-General', '2030-05', 'planned', ['Ann Brody']],
    ]);
  });

  it('dates a meeting that something prepares for ahead of the report ("preparations for the Summit in December")', () => {
    const x = extractArticle(
      'date: 2025-09-02\n\nThe ministers reviewed preparations for the Ruritania-Africa Leaders Summit in December.\n',
    );
    expect(x.meetings.map((m) => [m.name, m.date, (m as { status?: string }).status])).toEqual([
      ['Ruritania-Africa Leaders Summit', '2025-12', 'planned'],
    ]);
  });
});
