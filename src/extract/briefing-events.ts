// Briefings given to a group of foreign officials as meetings: "officials gave an intelligence briefing to foreign
// ambassadors on Monday". A press or news briefing has no such audience and stays no meeting.
import type { DateMention } from './date-resolver';
import { meetingDraft } from './meeting-draft';
import type { MeetingContext, MeetingDraft, SentenceInfo } from './meeting.types';

const BRIEFING_RE =
  /\b(?:gave|give|gives|giving|held|holds|hosted|delivered|organi[sz]ed)\s+(?:an?|the|their|its)\s+((?:[\w-]+\s+){0,2}briefings?\s+(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:ambassadors|diplomats|envoys|ministers|counterparts|delegations|diplomatic corps))\b/g;

/** The briefings the sentence reports with a date of their own; the givers are no named people. */
export function briefingEvents(
  si: SentenceInfo,
  dates: readonly DateMention[],
  ctx: MeetingContext,
): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  BRIEFING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRIEFING_RE.exec(si.norm))) {
    const end = m.index + m[0].length;
    // The date belongs to the briefing when it follows its words in the same clause ("... on Monday, explaining").
    const date = dates.find((d) => d.index >= end && d.index <= end + 20) ?? null;
    if (!date) continue;
    out.push(
      meetingDraft({
        name: m[1]!.replace(/\s+/g, ' '),
        kind: 'meeting',
        date: date.value,
        place: null,
        participants: [],
        sentence: si.index,
        context: true,
        ...(ctx.articleDate && date.value > ctx.articleDate ? { planned: true } : {}),
      }),
    );
  }
  return out;
}
