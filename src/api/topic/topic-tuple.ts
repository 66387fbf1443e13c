import type { Topic } from './topic.type';

/** fragments/trend-record: [id, name, aliases] */
export type TopicTuple = [string, string, string[]];

/** The topics a statement sent once each, by id, for the rows that name them. */
export function topicsById(tuples: readonly TopicTuple[]): (id: string) => Topic {
  const byId = new Map<string, Topic>();
  for (const [id, name, aliases] of tuples) byId.set(id, { id, label: 'Topic', name, aliases });
  return (id) => {
    const topic = byId.get(id);
    if (!topic) throw new Error(`a trend row names topic ${id}, which its statement did not send`);
    return topic;
  };
}
