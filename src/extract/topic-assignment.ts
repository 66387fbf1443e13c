// Topics per sentence, attributed to the meeting the sentence belongs to, else to the main meeting in focus.
import type { Evidence, ExtractedTopic } from './extraction.types';
import type { MeetingDraft, SentenceInfo } from './meeting.types';
import { extractTopics, topicKey } from './topic.extractor';

export interface TopicStage {
  topics: ExtractedTopic[];
  /** topic ids per meeting draft */
  meetingTopics: string[][];
  evidence: Evidence[];
}

export function assignTopics(
  infos: readonly SentenceInfo[],
  body: string,
  drafts: readonly MeetingDraft[],
): TopicStage {
  const topics: ExtractedTopic[] = [];
  const topicByKey = new Map<string, string>();
  const topicId = (name: string): string => {
    const k = topicKey(name);
    let id = topicByKey.get(k);
    if (!id) {
      id = `t${topics.length + 1}`;
      topics.push({ id, name });
      topicByKey.set(k, id);
    }
    return id;
  };
  const meetingOfSentence = new Map<number, number>();
  drafts.forEach((d, i) => {
    for (const s of d.sentences) if (!meetingOfSentence.has(s)) meetingOfSentence.set(s, i);
  });
  const meetingTopics: string[][] = drafts.map(() => []);
  const evidence: Evidence[] = [];
  // The report's own meeting, else (every meeting named only by nouns) the first with two people.
  let focus = drafts.findIndex((d) => !d.context);
  if (focus < 0) focus = drafts.findIndex((d) => d.participants.length >= 2);
  for (const info of infos) {
    const found = extractTopics(info.norm);
    const mi = meetingOfSentence.get(info.index);
    if (mi !== undefined && !drafts[mi]!.context) focus = mi;
    const target = mi ?? focus;
    for (const t of found) {
      const id = topicId(t);
      if (target >= 0 && !meetingTopics[target]!.includes(id)) meetingTopics[target]!.push(id);
      evidence.push({
        about: id,
        sentence: body.slice(info.start, info.end),
        start: info.start,
        end: info.end,
      });
    }
  }
  return { topics, meetingTopics, evidence };
}
