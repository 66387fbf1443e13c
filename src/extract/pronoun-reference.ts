// Who "he" or "she" is, from the sentences before: the one the story just named, or the one the last sentence opened on.
import type { MeetingContext, SentenceInfo } from './meeting.types';
import type { PersonMention } from './people.types';

/** The person a sentence opens on, as its subject: its first mention (not a possessive) within its first words. */
export function sentenceOpener(mentions: readonly PersonMention[]): number | null {
  let first: PersonMention | null = null;
  for (const m of mentions) if (!m.possessive && (!first || m.start < first.start)) first = m;
  return first && first.from <= 4 ? first.person : null;
}

/** "X arrived in Tokyo on Monday. She will meet Y": the person the sentence before opens on. */
export function previousSubject(si: SentenceInfo, ctx: MeetingContext): number | null {
  return sentenceOpener(ctx.people.flatMap((p) => p.mentions).filter((m) => m.sentence === si.index - 1));
}

/** "He is due to take part in talks with ...": a sentence opening on "He"/"She" is about the last person named before
 *  it (not as a possessive) in the two sentences before. */
export function pronounSubject(si: SentenceInfo, start: number, ctx: MeetingContext): number | null {
  if (!/^\s*(?:He|She)\s+(?:[a-z]+\s+){0,8}$/.test(si.norm.slice(0, start))) return null;
  let best: PersonMention | null = null;
  for (const p of ctx.people)
    for (const m of p.mentions)
      if (
        m.sentence < si.index &&
        m.sentence >= si.index - 2 &&
        !m.possessive &&
        (!best || m.sentence > best.sentence || (m.sentence === best.sentence && m.start > best.start))
      )
        best = m;
  return best ? best.person : null;
}
