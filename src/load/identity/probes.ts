// Where a batch looks for existing meetings its reports could be, including under the former ids of merged people.
import { addDays, SAME_DAY_SLACK_DAYS } from '../identity-rules';
import type { EntityPlan, ExistingMeeting, MeetingMention, MeetingProbes } from './identity.types';

/** Existing node id → the id it ends with, for nodes this batch merges into another or renames. */
export function formerIds(plans: EntityPlan[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of plans) for (const old of [p.matchId, ...p.absorb]) if (old !== p.id) out.set(old, p.id);
  return out;
}

/** Existing meetings with their people under the ids this batch gives them (merged or renamed people). */
export function withCurrentPeople(
  meetings: ExistingMeeting[],
  former: Map<string, string>,
): ExistingMeeting[] {
  if (!former.size) return meetings;
  const now = (ids: string[]) => [...new Set(ids.map((id) => former.get(id) ?? id))].sort();
  return meetings.map((m) => ({ ...m, participants: now(m.participants), principals: now(m.principals) }));
}

/**
 * Where to look for meetings a mention could be: its span widened by the slack, the month and year starts, and its
 * series. A person this batch merges is searched under their former ids too: their meetings still hang off those.
 */
export function meetingProbes(
  mentions: MeetingMention[],
  former: Map<string, string> = new Map(),
): MeetingProbes {
  const formerOf = new Map<string, string[]>();
  for (const [old, id] of former) formerOf.set(id, [...(formerOf.get(id) ?? []), old]);
  const windows = new Map<string, { from: string; to: string; people: string[] }>();
  const series = new Map<string, { seriesKey: string; ordinal: number }>();
  const add = (from: string, to: string, current: string[]) => {
    const people = [...new Set(current.flatMap((id) => [id, ...(formerOf.get(id) ?? [])]))].sort();
    const key = `${from}|${to}|${people.join(',')}`;
    if (!windows.has(key)) windows.set(key, { from, to, people });
  };
  for (const m of mentions) {
    if (m.seriesKey && m.ordinal !== null)
      series.set(`${m.seriesKey}|${m.ordinal}`, { seriesKey: m.seriesKey, ordinal: m.ordinal });
    if (!m.date || !m.participants.length) continue;
    add(
      addDays(m.date.start, -SAME_DAY_SLACK_DAYS),
      addDays(m.date.end, SAME_DAY_SLACK_DAYS),
      m.participants,
    );
    add(`${m.date.start.slice(0, 7)}-01`, `${m.date.start.slice(0, 7)}-01`, m.participants);
    add(`${m.date.start.slice(0, 4)}-01-01`, `${m.date.start.slice(0, 4)}-01-01`, m.participants);
  }
  return { windows: [...windows.values()], series: [...series.values()] };
}
