// Topic phrases name subjects (no adverbs, verb phrases or generic heads); meetings are named by family names.
import { extractArticle } from '../../../src/extract/extract-article';
import { extractTopics } from '../../../src/extract/topic.extractor';
import { normalizeTopic } from '../../../src/extract/topic-phrase';

describe('topic phrases', () => {
  it('drops adverbs, clauses and generic heads', () => {
    for (const raw of [
      'effectively',
      'responding swiftly',
      'doing more to end the pandemic in 2022',
      'release all those unjustly detained',
      'common approaches to address priorities',
      'other issues',
    ])
      expect(normalizeTopic(raw)).toBeNull();
  });

  it('reduces a verb phrase to its object and strips openers', () => {
    expect(normalizeTopic('also to improve economic security')).toBe('economic security');
    expect(normalizeTopic('allow unhindered humanitarian access')).toBe('humanitarian access');
    expect(normalizeTopic('continue to deepen trilateral cooperation')).toBe('trilateral cooperation');
    expect(normalizeTopic('work to advance regional security')).toBe('regional security');
    expect(normalizeTopic('issues in the U.S.-China bilateral relationship')).toBe(
      'U.S.-China bilateral relationship',
    );
  });

  it('keeps nouns that look like verbs and proper-noun subjects', () => {
    expect(normalizeTopic('release of detained persons')).toBe('release of detained persons');
    expect(normalizeTopic('support for Ukraine')).toBe('support for Ukraine');
    expect(normalizeTopic('Taiwan Strait')).toBe('Taiwan Strait');
    expect(normalizeTopic("DPRK's ballistic missile launches")).toBe("DPRK's ballistic missile launches");
    expect(normalizeTopic("Democratic People's Republic of Korea's ballistic missile launches")).toBe(
      "DPRK's ballistic missile launches",
    );
    expect(normalizeTopic('cross-Strait issues')).toBe('cross-Strait issues');
  });
});

describe('topic lists', () => {
  it('reads a sentence-initial "Topics covered included" list', () => {
    expect(
      extractTopics('Topics covered included the energy transition, fisheries, and the Arctic Council.'),
    ).toEqual(['energy transition', 'fisheries', 'Arctic Council']);
  });

  it('splits "A and B and C" at the last "and" when there are no commas', () => {
    expect(
      extractTopics('They agreed to deepen discussions on maritime and port security and disaster relief.'),
    ).toEqual(['maritime and port security', 'disaster relief']);
  });
});

describe('meeting names', () => {
  const names = (body: string): string[] =>
    extractArticle(`title: Test\ndate: 2023-05-10\n\n${body}`, { file: 'x.txt' }).meetings.map((m) => m.name);

  it("uses the article's short reference to a family-name-first name", () => {
    expect(
      names(
        'Secretary of State Daniel Whitfield met today with Japanese Foreign Minister Sato Kenta in Tokyo. ' +
          'Secretary Whitfield and Foreign Minister Sato discussed maritime security.',
      ),
    ).toEqual(['Whitfield–Sato meeting']);
  });

  it('uses the first token of a name with a hyphenated given name', () => {
    expect(
      names('Secretary of State Daniel Whitfield met today with Foreign Minister Choi Min-seok in Seoul.'),
    ).toEqual(['Whitfield–Choi meeting']);
  });

  it("uses the headline's short reference when the body gives the name in full only", () => {
    const body =
      'title: Secretary Whitfield’s Meeting with Japanese Foreign Minister Sato\ndate: 2023-05-10\n\n' +
      'Secretary of State Daniel Whitfield met today with Japanese Foreign Minister Sato Kenta in Tokyo.';
    expect(extractArticle(body, { file: 'x.txt' }).meetings.map((m) => m.name)).toEqual([
      'Whitfield–Sato meeting',
    ]);
    // without it, a Japanese name's order is unknown: the last word
    expect(
      names(
        'Secretary of State Daniel Whitfield met today with Japanese Foreign Minister Sato Kenta in Tokyo.',
      ),
    ).toEqual(['Whitfield–Kenta meeting']);
  });

  it("tells a Japanese name's family name by its given name's ending when the article writes them both ways", () => {
    expect(
      names(
        'Secretary of State Daniel Whitfield met today with Japanese Foreign Minister Ueda Kazuhiro in Tokyo. ' +
          'Building on the President’s June 2 meeting with Prime Minister Tadao Mizushima of Japan, they discussed trade.',
      ),
    ).toEqual(['Whitfield–Ueda meeting', 'Mizushima meeting']);
  });
});
