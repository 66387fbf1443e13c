import {
  familyTokens,
  titlesAgree,
  datesCompatible,
  entityNameKeys,
  fullestName,
  meetingIdFor,
  parseDateSpan,
  personIdFor,
  personNameKeys,
  personStrongKeys,
  placeKey,
  preferredDate,
  preferredKind,
  sameMeeting,
  type MeetingFacts,
} from '../../../src/load/identity-rules';

const shareKey = (a: string, b: string) => personStrongKeys(a).some((k) => personStrongKeys(b).includes(k));

describe('person keys', () => {
  it.each([
    ['Kim Hong-kyun', 'Hong-kyun Kim'],
    ['Kim Hong-kyun', 'Kim Hong Kyun'],
    ['Kim Hong-kyun', 'KIM Hong-Kyun'],
    ['Hayashi Yoshimasa', 'Yoshimasa Hayashi'],
    ['Antony J. Blinken', 'Antony Blinken'],
    ['José Ramos-Horta', 'Jose Ramos Horta'],
    ['Joseph R. Biden, Jr.', 'Joseph Biden'],
  ])('%s and %s share a key', (a, b) => expect(shareKey(a, b)).toBe(true));

  it.each([
    ['Kim Hong-kyun', 'Kim Jong Un'],
    ['Ma Zhaoxu', 'Wang Yi'],
  ])('%s and %s do not', (a, b) => expect(shareKey(a, b)).toBe(false));

  it('gives single-token names no strong key, so "Kim" never joins two people', () => {
    expect(personStrongKeys('Kim')).toEqual([]);
    expect(personStrongKeys('Biden')).toEqual([]);
  });

  it('keeps weak names in nameKeys for lookups', () => {
    expect(personNameKeys(['Kim Hong-kyun', 'Kim'])).toEqual(
      expect.arrayContaining(['kim', 'kimhongkyun', 'hongkyun-kim']),
    );
  });

  it('derives the id from personKey, independent of name order; single tokens are scoped by country', () => {
    expect(personIdFor('Hayashi Yoshimasa')).toBe(personIdFor('Yoshimasa Hayashi'));
    expect(personIdFor('Hayashi Yoshimasa', 'JP')).toBe('person:hayashi-yoshimasa');
    expect(personIdFor('Kim', 'KP')).toBe('person:kim:kp');
  });
});

describe('entity keys', () => {
  it('folds case, accents, spaces and a leading article', () => {
    expect(entityNameKeys(['the Quad', 'QUAD'])).toEqual(['quad']);
    expect(entityNameKeys(['Ministry of Foreign Affairs'])).toEqual(['ministryofforeignaffairs']);
    expect(placeKey('Washington, DC')).toBe('washington');
  });
});

describe('dates', () => {
  it('parses the three precisions and rejects impossible dates', () => {
    expect(parseDateSpan('2024-07-24')).toMatchObject({
      start: '2024-07-24',
      end: '2024-07-24',
      precision: 'day',
    });
    expect(parseDateSpan('2024-02')).toMatchObject({
      start: '2024-02-01',
      end: '2024-02-29',
      precision: 'month',
    });
    expect(parseDateSpan('2024')).toMatchObject({
      start: '2024-01-01',
      end: '2024-12-31',
      precision: 'year',
    });
    expect(parseDateSpan('2024-02-30')).toBeNull();
    expect(parseDateSpan('July 2024')).toBeNull();
  });

  it('treats a day apart (time zones) and containment as compatible', () => {
    const d = (s: string) => parseDateSpan(s)!;
    expect(datesCompatible(d('2024-07-24'), d('2024-07-23'))).toBe(true);
    expect(datesCompatible(d('2024-07-24'), d('2024-07'))).toBe(true);
    expect(datesCompatible(d('2024-07-24'), d('2024-07-27'))).toBe(false);
  });

  it('prefers the most precise, then earliest date', () => {
    const d = (s: string) => parseDateSpan(s);
    expect(preferredDate([d('2024-07'), d('2024-07-24'), d('2024-07-23')])?.date).toBe('2024-07-23');
  });
});

describe('sameMeeting', () => {
  const base = (over: Partial<MeetingFacts>): MeetingFacts => ({
    id: 'x',
    name: 'meeting',
    kind: 'meeting',
    date: parseDateSpan('2024-07-24'),
    format: null,
    seriesKey: null,
    ordinal: null,
    participants: ['person:a', 'person:b'],
    principals: ['person:a', 'person:b'],
    ...over,
  });

  it('joins the same date and two shared participants, with a reason', () => {
    const d = sameMeeting(base({}), base({ participants: ['person:a', 'person:b', 'person:c'] }));
    expect(d).toMatchObject({ same: true, rule: 'participants' });
    expect(d.reason).toContain('person:a, person:b');
  });

  it('joins dates a day apart (readouts from two capitals)', () => {
    expect(sameMeeting(base({}), base({ date: parseDateSpan('2024-07-23') })).same).toBe(true);
  });

  it('joins the same series and ordinal even with different participant lists', () => {
    const a = base({ seriesKey: 'strategicdialogue', ordinal: 10, participants: ['person:a'] });
    const b = base({ seriesKey: 'strategicdialogue', ordinal: 10, participants: ['person:z'], date: null });
    expect(sameMeeting(a, b)).toMatchObject({ same: true, rule: 'series' });
  });

  it('keeps different ordinals apart', () => {
    const a = base({ seriesKey: 's', ordinal: 9 });
    expect(sameMeeting(a, base({ seriesKey: 's', ordinal: 10 })).same).toBe(false);
  });

  it('keeps one shared participant apart unless one side names only that person', () => {
    expect(
      sameMeeting(
        base({}),
        base({ participants: ['person:a', 'person:c'], principals: ['person:a', 'person:c'] }),
      ).same,
    ).toBe(false);
    expect(sameMeeting(base({}), base({ participants: ['person:a'], principals: ['person:a'] })).same).toBe(
      true,
    );
  });

  it('keeps far dates, conflicting formats and unknown dates apart', () => {
    expect(sameMeeting(base({}), base({ date: parseDateSpan('2024-08-24') })).same).toBe(false);
    expect(sameMeeting(base({ format: 'phone' }), base({ format: 'in_person' })).same).toBe(false);
    expect(sameMeeting(base({ date: null }), base({})).same).toBe(false);
  });
});

describe('choices that must not depend on load order', () => {
  it('picks the fullest name', () => {
    expect(fullestName(['Antony Blinken', 'Antony J. Blinken', 'Blinken'])).toBe('Antony J. Blinken');
    expect(fullestName(['b c', 'a c'])).toBe('a c');
    expect(fullestName(['Kim Hong Kyun', 'Kim Hong-kyun'])).toBe('Kim Hong-kyun');
  });

  it('prefers specific meeting kinds over "meeting"', () => {
    expect(preferredKind(['meeting', 'dialogue'])).toBe('dialogue');
  });

  it('gives a meeting the same id whoever proposes it', () => {
    const m = { seriesKey: null, ordinal: null, date: '2024-07-24', articleId: 'a', localId: 'm1' };
    expect(meetingIdFor({ ...m, participants: ['person:b', 'person:a'] })).toBe(
      meetingIdFor({ ...m, articleId: 'z', participants: ['person:a', 'person:b'] }),
    );
    expect(meetingIdFor({ ...m, seriesKey: 'dialogue', ordinal: 10, participants: [] })).toBe(
      'meeting:dialogue:10',
    );
  });
});

describe('familyTokens', () => {
  it('gives the person-key tokens of a full name, none of a single token', () => {
    expect(familyTokens('Antony J. Blinken')).toEqual(['antony', 'blinken']);
    expect(familyTokens('Blinken')).toEqual([]);
  });
});

describe('titlesAgree', () => {
  it("holds when one title's words all occur in the other, filler words aside", () => {
    expect(titlesAgree('Secretary', 'Secretary of State')).toBe(true);
    expect(titlesAgree('President-elect', 'President')).toBe(true);
    expect(titlesAgree('Foreign Minister', 'Minister of Foreign Affairs')).toBe(true);
    expect(titlesAgree('Deputy Secretary', 'Secretary of State')).toBe(false);
    expect(titlesAgree('Ambassador', 'Secretary of State')).toBe(false);
    expect(titlesAgree('of the', 'Secretary of State')).toBe(false);
  });
});
