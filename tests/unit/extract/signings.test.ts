// Signings of a written agreement are ceremonies when the text says when or where; invented sentences.
import { meetingsOf } from './meeting-support';
import { extractArticle } from '../../../src/extract/extract-article';

describe('signing ceremonies', () => {
  it('reads "A and B signed an agreement in <city> in <month year>" as a dated ceremony there', () => {
    const ms = meetingsOf('Rival parties Alpha and Beta signed a unity agreement in Lisbon in October 2017.');
    expect(ms).toEqual([{ who: [], date: '2017-10', kind: 'ceremony', place: 'Lisbon', status: 'held' }]);
  });

  it('dates a passive signing from its own words ("a treaty signed in 1951", "the 1993 accord ... was signed")', () => {
    expect(
      meetingsOf('The two states are bound by a defence treaty signed in 1951.').map((m) => m.date),
    ).toEqual(['1951']);
    expect(
      meetingsOf('The council was set up after the 1993 accord known as the Harbour Accords was signed.').map(
        (m) => m.date,
      ),
    ).toEqual(['1993']);
  });

  it('takes the people named before the verb as signers, and a future signing as planned', () => {
    const ms = meetingsOf('President Ivo Brandt will sign a trade pact in Lima on Friday.', '2024-07-24');
    expect(ms).toEqual([
      { who: ['Ivo Brandt'], date: '2024-07-26', kind: 'ceremony', place: 'Lima', status: 'planned' },
    ]);
  });

  it('takes the signers of "By signing X on Tuesday, the prime ministers of A, B and C have ..." by their title', () => {
    const ms = meetingsOf(
      'Albanian Prime Minister Ivo Brandt spoke first. By signing the agreement on Tuesday, the prime ministers of ' +
        'Bulgaria, Albania and Macedonia have overcome the problem.',
    );
    expect(ms).toEqual([
      { who: ['Ivo Brandt'], date: '2024-07-23', kind: 'ceremony', place: null, status: 'held' },
    ]);
  });

  it('makes no ceremony of a signing with neither time nor place, nor of one the text negates', () => {
    expect(meetingsOf('Minister Lia Borg also signed a deal on tourism.')).toEqual([]);
    expect(meetingsOf('The two sides did not sign the agreement in Geneva in May.')).toEqual([]);
  });

  it('names a signing by the proper name another sentence gives the same document', () => {
    const x = extractArticle(
      'date: 2024-07-25\n\nThe front signed a peace treaty with Peru in 1993. The authority was set up after the ' +
        '1993 agreement known as the Lima Accords was signed.\n',
    );
    expect(x.meetings.map((m) => [m.name, m.date])).toEqual([['Lima Accords signing', '1993']]);
  });
});
