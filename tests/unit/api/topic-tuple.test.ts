import { topicsById, type TopicTuple } from '../../../src/api/topic/topic-tuple';

const tuples: TopicTuple[] = [
  ['topic:fisheries', 'Fisheries', ['fishing quotas']],
  ['topic:energy', 'Energy', []],
];

test('a trend row finds its topic, sent once, by id', () => {
  const topic = topicsById(tuples);
  expect(topic('topic:energy')).toEqual({ id: 'topic:energy', label: 'Topic', name: 'Energy', aliases: [] });
  expect(topic('topic:fisheries')).toEqual({
    id: 'topic:fisheries',
    label: 'Topic',
    name: 'Fisheries',
    aliases: ['fishing quotas'],
  });
  // rows of one topic share its object, built once
  expect(topic('topic:energy')).toBe(topic('topic:energy'));
});

test('a row naming a topic its statement did not send is an error, not a row without a topic', () => {
  expect(() => topicsById(tuples)('topic:tariffs')).toThrow(/topic:tariffs/);
});
