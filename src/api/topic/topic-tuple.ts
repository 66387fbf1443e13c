import type { Topic } from './topic.type';

/** fragments/trend-record and queries/topic-series: [id, name, aliases] */
export type TopicTuple = [string, string, string[]];

export const topicOf = ([id, name, aliases]: TopicTuple): Topic => ({ id, label: 'Topic', name, aliases });

/** The topics a statement sent once each, by id, for the rows that name them. */
export function topicsById(tuples: readonly TopicTuple[]): (id: string) => Topic {
  const byId = new Map<string, Topic>();
  for (const tuple of tuples) byId.set(tuple[0], topicOf(tuple));
  return (id) => {
    const topic = byId.get(id);
    if (!topic) throw new Error(`a trend row names topic ${id}, which its statement did not send`);
    return topic;
  };
}
