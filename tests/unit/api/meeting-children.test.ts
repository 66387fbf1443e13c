import { childrenOf } from '../../../src/api/meeting/meeting-children';
import type { Participant } from '../../../src/api/meeting/participant.type';

// Statements return a meeting's children unordered; childrenOf puts them in the order the API promises.

const ALL = { place: true, participants: true, topics: true, sources: true };
const person = (id: string, name: string) => ({ id, label: 'Person', name }) as Participant['person'];
const source = (articleId: string, date: string | null) => ({
  articleId,
  title: articleId,
  date,
  source: null,
  url: null,
  sentence: null,
  start: null,
  end: null,
});

test('participants come principals first, then by name and id; topics by name; sources by date, nulls last', () => {
  const out = childrenOf(
    {
      participants: [
        { role: 'participant', title: null, person: person('p3', 'Ahn') },
        { role: 'principal', title: null, person: person('p2', 'Wang') },
        { role: 'principal', title: null, person: person('p1', 'Wang') },
        { role: 'participant', title: null, person: person('p4', 'Ahn') },
      ] as Participant[],
      topics: [
        { id: 't2', label: 'Topic', name: 'trade', aliases: [] },
        { id: 't1', label: 'Topic', name: 'North Korea', aliases: [] },
      ],
      sources: [source('b', null), source('c', '2024-05-02'), source('a', '2024-05-02')],
    },
    ALL,
  );
  expect(out.participants?.map((p) => p.person.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
  expect(out.topics?.map((t) => t.id)).toEqual(['t1', 't2']);
  expect(out.sources?.map((s) => s.articleId)).toEqual(['a', 'c', 'b']);
});

test('the place is the one with the lowest id; unfetched children stay undefined, fetched empty ones are null or []', () => {
  const place = (id: string) => ({ id, label: 'Place', name: id, countryCode: null, country: null });
  expect(childrenOf({ place: [place('l2'), place('l1')] }, ALL).place?.id).toBe('l1');
  expect(childrenOf({}, ALL)).toEqual({ place: null, participants: [], topics: [], sources: [] });
  expect(childrenOf({ place: [place('l1')] }, { ...ALL, place: false, topics: false })).toEqual({
    participants: [],
    sources: [],
  });
});
