import { counterpartFromTuple, personFromTuple } from '../../../src/api/person/person-tuple';

test('a person tuple reads its fields in the order fragments/person-fields writes them', () => {
  expect(
    personFromTuple([
      'person:a',
      'Ann Example',
      ['A. Example'],
      'Envoy',
      'XA',
      '2024-01-02',
      '2024-03-04',
      ['XA', 'Xland'],
    ]),
  ).toEqual({
    id: 'person:a',
    label: 'Person',
    name: 'Ann Example',
    aliases: ['A. Example'],
    title: 'Envoy',
    countryCode: 'XA',
    firstSeen: '2024-01-02',
    lastSeen: '2024-03-04',
    country: { id: 'XA', label: 'Country', name: 'Xland' },
  });
});

test('a counterpart tuple puts the shared meetings and dates before the person; no country node gives null', () => {
  const c = counterpartFromTuple([
    3,
    '2023',
    '2024-05',
    'person:b',
    'Bo Sample',
    [],
    null,
    'XZ',
    null,
    null,
    null,
  ]);
  expect(c).toMatchObject({ sharedMeetings: 3, firstDate: '2023', lastDate: '2024-05' });
  expect(c.person).toMatchObject({ id: 'person:b', name: 'Bo Sample', countryCode: 'XZ', country: null });
});
