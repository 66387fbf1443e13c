// Topics as news prose states them: contention, concern, calls, meeting nouns, and the phrases that end a subject.
import { extractTopics } from '../../../src/extract/topic.extractor';
import { normalizeTopic } from '../../../src/extract/topic-phrase';

describe('topics that news prose frames as contention or concern', () => {
  it('reads the object of a noun of contention, past its parties and a verb of growth', () => {
    expect(
      extractTopics('The two governments remain at odds over disputed pastures in the border valleys.'),
    ).toEqual(['disputed pastures in the border valleys']);
    expect(
      extractTopics('Tensions between the neighbours have mounted over a planned hydroelectric dam.'),
    ).toEqual(['planned hydroelectric dam']);
    expect(
      extractTopics(
        'Differences over water quotas, border demarcation and the refugee returns loomed over the summit.',
      ),
    ).toEqual(['water quotas', 'border demarcation', 'refugee returns']);
  });

  it('reads what a party is concerned about, inside a quotation that opens on the trigger', () => {
    expect(extractTopics('Ottawa is deeply concerned about the detention of two aid workers.')).toEqual([
      'detention of two aid workers',
    ]);
    expect(
      extractTopics(
        'The minister said Oslo was "concerned about the pace and scope of the military build-up" in the north.',
      ),
    ).toEqual(['military build-up']);
  });

  it("keeps a scare quote's words and ends the subject where the meeting is named", () => {
    expect(
      extractTopics(
        'She voiced concern over Moscow\'s "hybrid attacks" on undersea cables at a meeting with her counterpart.',
      ),
    ).toEqual(["Moscow's hybrid attacks on undersea cables"]);
  });

  it('reads calls and the nouns of meetings, not the time or setting after them', () => {
    expect(
      extractTopics('The foreign ministers called for an immediate ceasefire during talks in Doha.'),
    ).toEqual(['immediate ceasefire']);
    expect(extractTopics('A conference on coastal erosion opened in Suva.')).toEqual(['coastal erosion']);
    expect(extractTopics('They agreed to hold working-level meetings on consular affairs.')).toEqual([
      'consular affairs',
    ]);
    expect(extractTopics('The envoys held talks on Friday in Nairobi.')).toEqual([]);
    expect(extractTopics('The two sides continued their talks over dinner.')).toEqual([]);
    expect(extractTopics('They held a meeting on the sidelines of the summit.')).toEqual([]);
    expect(extractTopics('Tensions over the past decade have eased.')).toEqual([]);
    expect(extractTopics('The ministers held talks  on  maritime  piracy.')).toEqual(['maritime piracy']);
  });
});

describe('the words that end or trim a subject', () => {
  it('names a relation between two states by the pair, capitals standing for their states', () => {
    expect(
      extractTopics(
        'The talks discussed the issues of developing trade between Finland and the Russian Federation.',
      ),
    ).toEqual(['Finland-Russia trade']);
    expect(
      extractTopics('They discussed the enhancement of bilateral ties between Nairobi and Kampala.'),
    ).toEqual(['Kenya-Uganda bilateral ties']);
  });

  it('splits parallel gerunds and drops scope that says where, and a loose modifier of a long part', () => {
    expect(
      extractTopics(
        'Both sides discussed in depth the issues of expanding exchange and cooperation in various fields between the two countries and developing the friendly relations with a long history and tradition onto a new stage.',
      ),
    ).toEqual(['exchange and cooperation', 'friendly relations']);
  });

  it('keeps "and" between an adjective and its noun, and inside a name', () => {
    expect(extractTopics('They discussed fisheries, tourism, and a free and open Pacific.')).toEqual([
      'fisheries',
      'tourism',
      'free and open Pacific',
    ]);
    expect(extractTopics('They discussed the Mekong River and Delta Commission for Water Security.')).toEqual(
      ['Mekong River and Delta Commission for Water Security'],
    );
  });

  it('ends a subject at a relative clause, a reporting clause, a party list or a venue', () => {
    expect(
      extractTopics('They discussed the joint commission established by the two leaders last year.'),
    ).toEqual(['joint commission']);
    expect(
      extractTopics('The minister condemned the attacks that occurred in the capital, killing six.'),
    ).toEqual(['attacks']);
    expect(extractTopics('He raised concerns over food prices, the official added.')).toEqual([
      'food prices',
    ]);
    expect(extractTopics('They called for restraint at sea and urged both sides to resume talks.')).toEqual([
      'restraint at sea',
    ]);
    expect(
      extractTopics(
        'They discussed a forum on piracy among the Seychelles, Kenya and Somalia held in Mombasa.',
      ),
    ).toEqual(['forum on piracy']);
  });

  it('drops a trailing date, a measure before the subject, clauses with an infinitive, numbers and headings', () => {
    expect(normalizeTopic('the issue of piracy in March 2019')).toBe('issue of piracy');
    expect(normalizeTopic('governments to increase collaboration')).toBeNull();
    expect(normalizeTopic('a further 300')).toBeNull();
    expect(normalizeTopic('TRILATERAL MEETING ON BORDER SECURITY')).toBeNull();
    expect(normalizeTopic('this issue')).toBeNull();
    expect(normalizeTopic('such demonstrations')).toBeNull();
    expect(normalizeTopic('a number of significant regional issues')).toBeNull();
  });
});

describe('topics of cooperation, and of what a party welcomes or criticises', () => {
  it('reads the list after "cooperation on", and the object of anxiety', () => {
    expect(
      extractTopics(
        'The joint statement pledged new cooperation on counterterrorism, port security and cyber defence, among other things.',
      ),
    ).toEqual(['counterterrorism', 'port security', 'cyber defence']);
    expect(extractTopics('The summit opened amid regional anxiety over the proposed pipeline.')).toEqual([
      'proposed pipeline',
    ]);
  });

  it('reads what is welcomed or criticised, but not a titled person or a demonstrative', () => {
    expect(extractTopics('The bloc criticised an export levy imposed by the commission last month.')).toEqual(
      ['export levy'],
    );
    expect(extractTopics('The minister welcomed President Ana Duarte.')).toEqual([]);
    expect(extractTopics('They welcomed the opportunity to speak.')).toEqual([]);
    expect(normalizeTopic('this significant development')).toBeNull();
  });

  it('looks inside a span that named nothing, and ends a span where another clause begins', () => {
    expect(
      extractTopics('Ministers welcomed the plan to conduct a law enforcement dialogue on maritime piracy.'),
    ).toEqual(['maritime piracy']);
    expect(
      extractTopics('The president welcomed the new strategy and the two leaders discussed energy security.'),
    ).toEqual(['new strategy', 'energy security']);
  });
});

describe('what names no subject', () => {
  it("drops events referred to by a generic noun, a person's attribute, a group of people and an adverbial", () => {
    expect(
      extractTopics('The ministers welcomed the move and the decision by Peru to reopen the border.'),
    ).toEqual([]);
    expect(extractTopics('Voters raised concerns about his age.')).toEqual([]);
    expect(extractTopics('The senator criticised three EU chiefs.')).toEqual([]);
    expect(
      extractTopics('We talked about the mechanisms, but a short meeting cannot discuss all the details.'),
    ).toEqual([]);
    expect(normalizeTopic('above all')).toBeNull();
  });

  it('keeps "both A and B" whole, and a closing period only where it ends an abbreviation', () => {
    expect(
      extractTopics(
        'He expected the conference to discuss "a practical, above all, common work plan for both the Andean Community and the donor community".',
      ),
    ).toEqual([]);
    expect(extractTopics('They discussed trade, investment, and tourism.')).toEqual([
      'trade',
      'investment',
      'tourism',
    ]);
    expect(normalizeTopic('maritime security.')).toBe('maritime security');
    expect(normalizeTopic('relations with the U.S.')).toBe('relations with the U.S.');
  });
});

describe('one name per subject', () => {
  it("names an agent's act by its possessive and drops the words that date it", () => {
    expect(normalizeTopic('missile tests by Ruritania')).toBe("Ruritania's missile tests");
    expect(normalizeTopic("Ruritania's continued missile tests")).toBe("Ruritania's missile tests");
    expect(normalizeTopic("Ruritania's recent missile tests")).toBe("Ruritania's missile tests");
  });
});
