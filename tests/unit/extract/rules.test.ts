// General rules added in the second round: relative dates, topic lists, group meetings and foreign counterparts.
import { findDates } from '../../../src/extract/date-resolver';
import { extractArticle } from '../../../src/extract/extract-article';
import { extractTopics } from '../../../src/extract/topic.extractor';

/** The article's bodies as [name, state] pairs, in order of first use. */
const bodies = (text: string) => extractArticle(text).organizations.map((o) => [o.name, o.country]);

describe('second-round extraction rules', () => {
  it('resolves weekday and relative dates against the article date', () => {
    const at = (s: string): string | undefined => findDates(s, '2025-03-13')[0]?.value; // a Thursday
    expect(at('they met on Tuesday')).toBe('2025-03-11');
    expect(at('they met last Tuesday')).toBe('2025-03-11');
    expect(at('leaders met last month')).toBe('2025-02');
    expect(at('earlier this year')).toBe('2025');
  });

  it('splits a discussed list into one short phrase per subject', () => {
    expect(
      extractTopics('The ministers discussed maritime security, critical minerals and clean energy.'),
    ).toEqual(['maritime security', 'critical minerals', 'clean energy']);
    expect(extractTopics('They exchanged views on the situation in the Middle East.')).toEqual([
      'situation in the Middle East',
    ]);
  });

  it('keeps a meeting with an unnamed group apart from the named counterpart', () => {
    const r = extractArticle(
      'date: 2025-03-13\n\nOn Wednesday, Foreign Minister Claire Dubois of Canada met with foreign ministers from Thailand and Vietnam, as well as Singaporean Foreign Minister Lim Wei Jie.\n',
    );
    expect(r.meetings.map((m) => m.participants.length).sort()).toEqual([1, 2]);
    expect(r.meetings.every((m) => m.date === '2025-03-12')).toBe(true);
  });

  it('gives a same-titled counterpart the foreign state of the encounter', () => {
    const r = extractArticle(
      'date: 2022-06-07\nsource: state.gov\n\nDeputy Secretary Sherman met with Korean First Vice Foreign Minister Cho Min to build on the May 21 summit between President Park and President Yoon.\n',
    );
    expect(r.people.find((p) => p.name === 'Yoon')?.country).toBe('KR');
    expect(r.people.find((p) => p.name === 'Park')?.country).toBe('US');
  });

  it('reads the state of a body named after a determiner ("The French Foreign Ministry") and leaves both out of its name', () => {
    const orgs = bodies(
      'date: 2025-03-13\n\nThe French Foreign Ministry said on Monday that talks would resume. A Brazilian Foreign Ministry spokesperson declined to comment, and the Canadian Department of National Defence said nothing.\n',
    );
    expect(orgs).toEqual(
      expect.arrayContaining([
        ['Ministry of Foreign Affairs', 'FR'],
        ['Ministry of Foreign Affairs', 'BR'],
      ]),
    );
    expect(orgs.filter(([name]) => /^(The|A|French|Brazilian|Canadian) /.test(name!))).toEqual([]);
  });

  it('gives a body named again without its state that state, when the article names it with only one', () => {
    expect(
      bodies(
        'date: 2025-03-13\n\nThe Brazilian Ministry of Mines and Energy announced the talks on Monday. Later, the Ministry of Mines and Energy said that two delegations would attend. The Chilean Ministry of Defense and the Peruvian Ministry of Defense issued statements, and a Ministry of Defense spokesperson declined to comment.\n',
      ),
    ).toEqual([
      ['Ministry of Mines and Energy', 'BR'],
      ['Ministry of Defense', 'CL'],
      ['Ministry of Defense', 'PE'],
      // two states name it: the bare one says neither
      ['Ministry of Defense', null],
    ]);
  });

  it("ends a body's name where a person's name or another title begins, and gives it that person's state", () => {
    expect(
      bodies(
        "title: Deputy Secretary's meeting\ndate: 2025-03-13\nsource: state.gov\n\nDeputy Secretary of State Ruth Anders led the U.S. delegation while Permanent Secretary of the Ministry of Foreign Affairs Somchai Rattana and Permanent Secretary of the Ministry of Defense General Prawit Sunthorn led the Thai delegation.\n",
      ),
    ).toEqual([
      ['Department of State', 'US'],
      ['Ministry of Foreign Affairs', 'TH'],
      ['Ministry of Defense', 'TH'],
    ]);
  });
});
