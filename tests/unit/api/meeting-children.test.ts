import { childrenOf, meetingFromRow, type PlaceTuple } from '../../../src/api/meeting/meeting-children';
import type { Person } from '../../../src/api/person/person.type';

// Statements return a meeting's children unordered; childrenOf puts them in the order the API promises.

const ALL = { place: true, participants: true, topics: true, sources: true };
const person = (id: string, name: string) => ({ id, label: 'Person', name }) as Person;
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

test('participants come principals first, then by name and id; topics by name; sources by date, nulls last; shallow [id, name] lists become nodes', () => {
  const out = childrenOf(
    {
      // [role, title, person]: a person with detail as a map, without as [id, name]
      participants: [
        ['participant', null, person('p3', 'Ahn')],
        ['principal', null, ['p2', 'Wang']],
        ['principal', 'Minister', person('p1', 'Wang')],
        ['participant', null, ['p4', 'Ahn']],
      ],
      topics: [['t2', 'trade'], { id: 't1', label: 'Topic', name: 'North Korea', aliases: [] }],
      sources: [source('b', null), source('c', '2024-05-02'), source('a', '2024-05-02')],
    },
    ALL,
  );
  expect(out.participants?.map((p) => p.person.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
  expect(out.participants?.[0]).toEqual({
    role: 'principal',
    title: 'Minister',
    person: person('p1', 'Wang'),
  });
  expect(out.participants?.[1]).toEqual({ role: 'principal', title: null, person: person('p2', 'Wang') });
  expect(out.topics).toEqual([
    { id: 't1', label: 'Topic', name: 'North Korea', aliases: [] },
    { id: 't2', label: 'Topic', name: 'trade' },
  ]);
  expect(out.sources?.map((s) => s.articleId)).toEqual(['a', 'c', 'b']);
});

test('the place is the one with the lowest id; unfetched children stay undefined, fetched empty ones are null or []', () => {
  const place = (id: string): PlaceTuple => [id, id, null, null];
  expect(childrenOf({ place: [place('l2'), place('l1')] }, ALL).place?.id).toBe('l1');
  expect(childrenOf({ place: [['l1', 'Xcity', 'XA', ['XA', 'Xland']]] }, ALL).place).toEqual({
    id: 'l1',
    label: 'Place',
    name: 'Xcity',
    countryCode: 'XA',
    country: { id: 'XA', label: 'Country', name: 'Xland' },
  });
  expect(childrenOf({}, ALL)).toEqual({ place: null, participants: [], topics: [], sources: [] });
  expect(childrenOf({ place: [place('l1')] }, { ...ALL, place: false, topics: false })).toEqual({
    participants: [],
    sources: [],
  });
});

test('a meeting without detail comes as [id, name, kind, date, format, status, place, participants, topics, sources]', () => {
  const m = meetingFromRow(
    ['meeting:x', 'Xtalks', 'talks', '2024-05', 'bilateral', 'planned', null, [], null, null],
    {
      ...ALL,
      topics: false,
      sources: false,
    },
  );
  expect(m).toEqual({
    id: 'meeting:x',
    label: 'Meeting',
    name: 'Xtalks',
    kind: 'talks',
    date: '2024-05',
    format: 'bilateral',
    status: 'planned',
    place: null,
    participants: [],
  });
});
